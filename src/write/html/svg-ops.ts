// Laid-out PDF draw ops → SVG markup, in points (the page's viewBox is the A4 page in pt), so
// every word stands exactly where the PDF writer puts it. Text ops on one baseline become one
// <text> element with a <tspan x> per piece; a space separates pieces that are separate words,
// so the page reads (and copies, and is searched) as text, in the PDF's order.

import { measureText } from "../../layout/fonts.js";
import { escapeHtml } from "../../util/html-escape.js";
import type { DrawOp, LineOp, TextOp } from "../pdf/ops.js";

/** Coordinates to 2 decimals, no trailing zeros: small and deterministic. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);

/** Two pieces closer than this (pt) belong to one word (the PDF draws a word's pieces end to end). */
const SAME_WORD = 0.05;

const faceAttrs = (op: TextOp): string => `${op.face.bold ? ' font-weight="bold"' : ""}${op.face.italic ? ' font-style="italic"' : ""}`;

function textLine(ops: readonly TextOp[]): string {
  const first = ops[0];
  const size = first.sizePt;
  const parts: string[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const op of ops) {
    if (parts.length > 0 && Math.abs(op.x - end) > SAME_WORD) parts.push(" ");
    const sized = op.sizePt === size ? "" : ` font-size="${num(op.sizePt)}"`;
    parts.push(`<tspan x="${num(op.x)}"${faceAttrs(op)}${sized}>${escapeHtml(op.text)}</tspan>`);
    end = op.x + measureText(op.text, op.face, op.sizePt);
  }
  return `<text y="${num(first.y)}" font-size="${num(size)}">${parts.join("")}</text>`;
}

const lineSvg = (op: LineOp): string =>
  `<line x1="${num(op.x1)}" y1="${num(op.y1)}" x2="${num(op.x2)}" y2="${num(op.y2)}" stroke-width="${num(op.widthPt)}"/>`;

/** The ops in drawing order; consecutive text ops on one baseline, left to right, share a <text>. */
export function opsToSvg(ops: readonly DrawOp[]): string {
  const out: string[] = [];
  let run: TextOp[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(textLine(run));
    run = [];
  };
  for (const op of ops) {
    if (op.kind === "line") {
      flush();
      out.push(lineSvg(op));
      continue;
    }
    const last = run[run.length - 1];
    if (last && (last.y !== op.y || op.x < last.x)) flush();
    run.push(op);
  }
  flush();
  return out.join("");
}
