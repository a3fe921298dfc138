// The PDF embeds Tinos (docs/nd30.md §6: Times New Roman cannot be shipped), which draws the
// Vietnamese alphabet and common punctuation but not "✓", Chinese characters or emoji: those would
// vanish from the signed document (the DOCX keeps them, so the two would differ). Flag each run of
// such characters where it is typed, before anything is rendered. The table of covered code points
// is generated from the font files (scripts/build-font-coverage.mjs), so `check` needs no fontkit.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { FONT_COVERAGE } from "../../layout/font-coverage.generated.js";
import { diag, type Rule } from "../rule.js";
import { strings } from "../walk.js";
import { hasXmlIllegal } from "../../util/xml-text.js";

/** Whitespace the layout turns into word gaps or line breaks: never drawn as a glyph. */
const LAYOUT_SPACE = new Set([0x09, 0x0a, 0x0d]);

export function isCovered(cp: number): boolean {
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (LAYOUT_SPACE.has(cp)) return true;
  let lo = 0;
  let hi = FONT_COVERAGE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = FONT_COVERAGE[mid]!;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Runs of consecutive characters the font lacks: UTF-16 offset and text of each. */
export function uncoveredRuns(text: string): { offset: number; text: string }[] {
  const runs: { offset: number; text: string }[] = [];
  let offset = 0;
  let current: { offset: number; text: string } | undefined;
  for (const ch of text) {
    if (isCovered(ch.codePointAt(0)!)) current = undefined;
    else if (current) current.text += ch;
    else {
      current = { offset, text: ch };
      runs.push(current);
    }
    offset += ch.length;
  }
  return runs;
}

const codePoints = (text: string): string =>
  [...text].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(", ");

/** One rule/char-outside-font (or text/xml-illegal) per run of missing characters in `text`. */
export function charsOutsideFont(text: string, pointer: string, document = "văn bản in ra"): Diagnostic[] {
  // Nearly every string is plain Vietnamese: one regular-expression pass skips it.
  if (!/[^\t\n\r\x20-\x7e\u00a0-\u02cc\u1ea0-\u1ef9]/u.test(text)) return [];
  return uncoveredRuns(text).flatMap((whole) =>
    splitRuns(whole).map((run) =>
      hasXmlIllegal(run.text)
        ? diag(
            "text/xml-illegal",
            pointer,
            `Ký tự ${codePoints(run.text)} không được phép trong văn bản Word (XML): tệp DOCX có nó sẽ không mở được.`,
            "Xóa ký tự này (thường lẫn vào khi chép từ trang web hay phần mềm khác), rồi chạy lại.",
            { within: { offset: run.offset, length: run.text.length } },
          )
        : diag(
            "rule/char-outside-font",
            pointer,
            `Phông chữ của bản PDF (Tinos) không có chữ "${run.text}" (${codePoints(run.text)}): chữ này sẽ mất khỏi ${document}.`,
            'Thay bằng chữ tiếng Việt hoặc dấu thông thường (ví dụ "✓" → "x" hoặc "đã xong"), hoặc bỏ đi; biểu tượng cảm xúc và chữ nước ngoài không dùng trong văn bản hành chính.',
            { within: { offset: run.offset, length: run.text.length } },
          ),
    ),
  );
}

/** A run of missing characters cut where it passes between XML-illegal and merely missing ones. */
function splitRuns(run: { offset: number; text: string }): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  let offset = run.offset;
  for (const ch of run.text) {
    const illegal = hasXmlIllegal(ch);
    const last = out[out.length - 1];
    if (last && hasXmlIllegal(last.text) === illegal) last.text += ch;
    else out.push({ offset, text: ch });
    offset += ch.length;
  }
  return out;
}

export const fontCoverage: Rule = (plan) => strings(plan).flatMap(({ text, pointer }) => charsOutsideFont(text, pointer));
