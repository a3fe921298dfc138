// Footnotes in the PDF: each note set as a ChuThich paragraph (its number raised, as Word's
// footnote reference), one unbreakable slice per note, gathered at the foot of the page whose
// text cites it, under a short separator rule — where Word and LibreOffice put them.
import { paragraph } from "../../compose/tree.js";
import { footnotes, tables } from "../../layout/nd30.js";
import type { Slice } from "./flow.js";
import type { DrawOp } from "./ops.js";
import { shiftOps } from "./ops.js";
import { layoutParagraph } from "./paragraph-layout.js";

export interface NoteRef {
  number: string;
  text: string;
}

/** The slice of one note: all its lines, never split between pages. */
export function noteSlice(note: NoteRef, width: number): Slice {
  const p = { ...paragraph("ChuThich", ""), runs: [{ text: note.number, note: "" }, { text: ` ${note.text}` }] };
  const laid = layoutParagraph(p, width);
  const ops: DrawOp[] = [];
  let y = laid.spaceBefore;
  for (const line of laid.lines) {
    ops.push(...shiftOps(line.ops, 0, y));
    y += line.height;
  }
  return { height: y + laid.spaceAfter, ops };
}

/** Height the notes take at the foot of a page, with the separator above them; 0 without notes. */
export const notesHeight = (notes: readonly Slice[]): number =>
  notes.length === 0 ? 0 : footnotes.separatorSpacePt + notes.reduce((sum, n) => sum + n.height, 0);

/** The separator and the notes, drawn up from the bottom of the text area. */
export function footOps(notes: readonly Slice[], left: number, bottom: number): DrawOp[] {
  if (notes.length === 0) return [];
  let y = bottom - notesHeight(notes);
  const rule = y + footnotes.separatorSpacePt / 2;
  const ops: DrawOp[] = [{ kind: "line", x1: left, y1: rule, x2: left + footnotes.separatorPt, y2: rule, widthPt: tables.borderPt }];
  y += footnotes.separatorSpacePt;
  for (const note of notes) {
    ops.push(...shiftOps(note.ops, left, y));
    y += note.height;
  }
  return ops;
}
