// A few lines of source around a spot, with "^^^" under it (Redocly's code frame). Plans have
// long lines of prose: a frame wider than WIDTH shows a window around the spot, cut with "…".
// The source is an input: each control character is shown by its visible stand-in
// (util/terminal-text.ts), and the ^^^ under it is as wide as the stand-in.
import { visible } from "../../util/terminal-text.js";

export interface FrameStyle {
  gutter(s: string): string;
  marker(s: string): string;
}

const PLAIN: FrameStyle = { gutter: (s) => s, marker: (s) => s };
const WIDTH = 100;
const BEFORE = 40;

/** Source text split into lines once (a large log can carry a diagnostic per entry). */
export const sourceLines = (text: string): string[] => text.split(/\r?\n/);

export function codeFrame(
  text: string | string[],
  line: number,
  column: number,
  endLine: number | undefined,
  endColumn: number | undefined,
  style: FrameStyle = PLAIN,
  around = 2,
): string {
  const lines = typeof text === "string" ? sourceLines(text) : text;
  if (line < 1 || line > lines.length) return "";
  const first = Math.max(1, line - around);
  const last = Math.min(lines.length, line + around);
  const width = String(last).length;
  const chars = (n: number): string[] => [...(lines[n - 1] ?? "").replace(/\t/g, " ")].map(visible);
  const widthOf = (cs: string[]): number => cs.reduce((w, c) => w + c.length, 0);
  const spot = chars(line);
  // Columns count UTF-16 code units (as JavaScript and the YAML parser do); the frame walks code
  // points, so a column after an emoji or another astral character is moved back onto its point.
  const raw = lines[line - 1] ?? "";
  const toPoint = (col: number): number => [...raw.slice(0, Math.max(0, col - 1))].length + 1;
  column = toPoint(column);
  if (endColumn !== undefined && endLine === line) endColumn = toPoint(endColumn);
  // One window for every line of the frame, so columns stay aligned.
  // Shift only when the spot would fall off the right edge.
  const start = spot.length > WIDTH && column + 20 > WIDTH ? column - 1 - BEFORE : 0;
  const cut = (cs: string[]): string => {
    if (start > 0 && cs.length <= start) return "";
    const shown = cs.slice(start, start + WIDTH).join("");
    return (start > 0 ? "…" : "") + shown + (cs.length > start + WIDTH ? "…" : "");
  };
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const num = String(n).padStart(width);
    const src = cut(chars(n));
    out.push(
      n === line ? `${style.marker(">")} ${style.gutter(`${num} |`)} ${src}`.trimEnd() : `  ${style.gutter(`${num} |`)} ${src}`.trimEnd(),
    );
    if (n === line) {
      const end = endLine === line && endColumn !== undefined && endColumn > column ? endColumn : spot.length + 1;
      const visibleEnd = Math.min(end, spot.length + 1, start + WIDTH + 1);
      const count = Math.max(1, widthOf(spot.slice(column - 1, visibleEnd - 1)));
      const pad = widthOf(spot.slice(start, Math.max(start, column - 1))) + (start > 0 ? 1 : 0);
      out.push(`  ${style.gutter(`${" ".repeat(width)} |`)} ${" ".repeat(Math.max(0, pad))}${style.marker("^".repeat(count))}`);
    }
  }
  return out.join("\n");
}
