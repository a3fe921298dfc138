// Lays out one paragraph in a given width: lines from the one line breaker (src/layout, shared
// with compose), first-line indent, alignment, and Word's single line height for the face
// (× the style's line spacing).
// pdfkit's own text layout is not used: each word is drawn at the position computed here.

import type { Paragraph } from "../../compose/tree.js";
import { ascent, lineHeight } from "../../layout/fonts.js";
import type { Line } from "../../layout/line-break.js";
import { type Align, styleOf } from "../../layout/nd30.js";
import { paragraphLines } from "../../layout/paragraph-lines.js";
import type { TextOp } from "./ops.js";

/** One line of a paragraph: its height and its text, relative to the line's top-left corner. */
export interface LaidLine {
  height: number;
  ops: TextOp[];
  /** Footnotes referenced on this line, in order: set at the foot of the page it lands on. */
  notes?: { number: string; text: string }[];
}

export interface LaidParagraph {
  spaceBefore: number;
  spaceAfter: number;
  lines: LaidLine[];
  keepWithNext: boolean;
}

/** x of each word's start on a line, by alignment (justify spreads the gaps, except on the last line). */
function wordStarts(line: Line, start: number, avail: number, align: string, isLast: boolean): number[] {
  const slack = Math.max(0, avail - line.width);
  let x = start;
  let extra = 0;
  if (align === "center") x += slack / 2;
  else if (align === "right") x += slack;
  else if (align === "justify" && !isLast && line.words.length > 1) extra = slack / (line.words.length - 1);
  return line.words.map((word) => {
    const at = x;
    x += word.width + word.space + extra;
    return at;
  });
}

/** `align`: a table column's alignment over the style's (tree.ts Table.columnAlign). */
export function layoutParagraph(p: Paragraph, width: number, align?: Align): LaidParagraph {
  const style = styleOf(p.style);
  const face = { bold: style.bold ?? false, italic: style.italic ?? false };
  const height = lineHeight(face, style.sizePt) * style.lineSpacing;
  const baseline = ascent(face, style.sizePt);
  const { indent, lines } = paragraphLines(p.runs, style, width);
  const laid = lines.map((line, i): LaidLine => {
    const start = i === 0 ? indent : 0;
    const starts = wordStarts(line, start, width - start, align ?? style.align, i === lines.length - 1);
    const ops: TextOp[] = [];
    const notes: { number: string; text: string }[] = [];
    line.words.forEach((word, w) => {
      let x = starts[w];
      for (const piece of word.pieces) {
        ops.push({ kind: "text", x, y: baseline - (piece.rise ?? 0), text: piece.text, face: piece.face, sizePt: piece.sizePt });
        if (piece.note !== undefined) notes.push({ number: piece.text, text: piece.note });
        x += piece.width;
      }
    });
    return notes.length > 0 ? { height, ops, notes } : { height, ops };
  });
  return {
    spaceBefore: style.spaceBeforePt,
    spaceAfter: style.spaceAfterPt,
    lines: laid,
    keepWithNext: (p.keepWithNext ?? false) || (style.keepWithNext ?? false),
  };
}
