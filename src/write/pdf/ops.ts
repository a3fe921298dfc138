// What the PDF layout produces and the drawing step consumes: positioned text and lines.
// Layout is pure (testable without pdfkit); only draw.ts touches the PDF library.

import type { FaceKey } from "../../layout/fonts.js";

/** A piece of text in one face, drawn with its baseline at (x, y). */
export interface TextOp {
  kind: "text";
  x: number;
  y: number;
  text: string;
  face: FaceKey;
  sizePt: number;
}

/** A solid straight line (rules, table borders). */
export interface LineOp {
  kind: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  widthPt: number;
}

export type DrawOp = TextOp | LineOp;

/** Moves ops by (dx, dy): layouts are built relative to their box and placed later. */
export function shiftOps(ops: readonly DrawOp[], dx: number, dy: number): DrawOp[] {
  return ops.map((op) =>
    op.kind === "text" ? { ...op, x: op.x + dx, y: op.y + dy } : { ...op, x1: op.x1 + dx, y1: op.y1 + dy, x2: op.x2 + dx, y2: op.y2 + dy },
  );
}
