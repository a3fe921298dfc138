// A finding of `audit` as a diagnostic: its registered code's severity and clause, and the place a
// clerk can find in Word (paragraph number and first words, or the page's header or footer).
import { type Code, codeInfo } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Line } from "./lines.js";

export type Place = NonNullable<Diagnostic["place"]>;

/** The first words of a text, enough to find it with Ctrl+F. */
export function firstWords(text: string, max = 40): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function placeOf(line: Line, what?: string): Place {
  const words = line.text === "" ? (what ?? "đoạn trống") : `"${firstWords(line.text)}"`;
  return { paragraph: line.p.index, where: `đoạn ${line.p.index} ${line.text === "" ? `(${words})` : words}` };
}

/** The page setup, a header or a footer of one part of the document (numbered when there are several). */
export function pagePlace(kind: "thiết lập trang" | "đầu trang" | "chân trang", section: number, sections: number): Place {
  return { paragraph: 0, where: sections > 1 ? `${kind}, phần ${section + 1} của văn bản` : kind };
}

export function finding(code: Code, at: Line | Place, message: string, hint: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  const info = codeInfo(code);
  const place = "p" in at ? placeOf(at) : at;
  return {
    code,
    severity: info?.severity ?? "error",
    message,
    hint,
    ...(info?.clause ? { clause: info.clause } : {}),
    place,
    ...extra,
  };
}
