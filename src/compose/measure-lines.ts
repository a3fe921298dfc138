// Widths of the lines a paragraph breaks into, from the font's metrics (src/layout/fonts.ts).
// The rules under the agency name and the trích yếu are a fraction of the line above them
// (Phụ lục I, ô 2 and ô 5a), so composing needs to know how wide that line is once wrapped.

import { measureText, type FaceKey } from "../layout/fonts.js";
import { styleOf, type StyleName } from "../layout/nd30.js";

/**
 * Greedy word wrap, as Word and the PDF writer do for a paragraph without hyphenation; each
 * line's width is measured on the line's own text (so kerning counts as it will when drawn).
 */
export function lineWidths(text: string, face: FaceKey, sizePt: number, maxWidthPt: number): number[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const width = (t: string): number => measureText(t, face, sizePt);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (current === "" || width(candidate) <= maxWidthPt) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== "") lines.push(current);
  return lines.map(width);
}

/** Width of the widest line of `text` set in `style` inside a container `maxWidthPt` wide. */
export function widestLine(text: string, style: StyleName, maxWidthPt: number): number {
  const s = styleOf(style);
  const widths = lineWidths(text, { bold: s.bold, italic: s.italic }, s.sizePt, maxWidthPt);
  return widths.length ? Math.max(...widths) : 0;
}
