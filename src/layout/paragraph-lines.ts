// A paragraph broken into lines as it will be drawn: the style's first-line indent narrows the
// first line, every line comes from the one breaker (line-break.ts). The PDF writer positions
// these lines; compose measures them to size rules (Phụ lục I, ô 1, 2, 5a) and to check that a
// header line fits its column.

import { breakLines, type Line } from "./line-break.js";
import { type ParagraphStyle, type StyleName, styleOf } from "./nd30.js";
import { mmToPt } from "./units.js";
import { type TextRun, toWords } from "./words.js";

export interface ParagraphLines {
  /** First-line indent in pt (already taken off the first line's room). */
  indent: number;
  lines: Line[];
}

export function paragraphLines(runs: readonly TextRun[], style: ParagraphStyle, widthPt: number): ParagraphLines {
  const indent = mmToPt(style.firstLineIndentMm ?? 0);
  return { indent, lines: breakLines(toWords(runs, style), widthPt - indent, widthPt) };
}

/**
 * Natural widths (words and the spaces between them, no trailing space) of the lines `text`
 * breaks into when set in `style` in a container `widthPt` wide: the extent of each line drawn.
 */
export function lineWidths(text: string, style: StyleName, widthPt: number): number[] {
  return paragraphLines([{ text }], styleOf(style), widthPt).lines.map((line) => line.width);
}
