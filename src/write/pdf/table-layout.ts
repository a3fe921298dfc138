// Tables: the borderless layout tables (header, signature) with the spec's fixed columns, and
// data tables with borders whose relative widths are scaled to the text width. Each row is one
// slice: rows are never split across pages.

import { type Align, tables } from "../../layout/nd30.js";
import { mmToPt } from "../../layout/units.js";
import type { Cell, Paragraph, Rule, Table } from "../../compose/tree.js";
import type { FlowItem, Slice } from "./flow.js";
import { shiftOps, type DrawOp } from "./ops.js";
import { layoutParagraph } from "./paragraph-layout.js";
import { layoutRule } from "./rule-layout.js";
import { type NoteRef, noteSlice } from "./footnotes.js";

/** Column widths in pt: from the spec for layout roles, scaled relative widths for data tables. */
export function columnWidths(table: Table, textWidth: number): number[] {
  // A header whose place-date line needed a wider right column carries its widths in mm.
  if (table.role === "header") return (table.widths ?? tables.header).map(mmToPt);
  if (table.role === "signature") return tables.signature.map(mmToPt);
  const columns = Math.max(1, ...table.rows.map((r) => r.length));
  const rel = table.widths && table.widths.length === columns ? table.widths : Array<number>(columns).fill(1);
  const total = rel.reduce((a, b) => a + b, 0);
  return rel.map((w) => (w / total) * textWidth);
}

function stackParagraph(p: Paragraph, width: number, y: number, ops: DrawOp[], notes: NoteRef[], align?: Align): number {
  const laid = layoutParagraph(p, width, align);
  y += laid.spaceBefore;
  for (const line of laid.lines) {
    ops.push(...shiftOps(line.ops, 0, y));
    notes.push(...(line.notes ?? []));
    y += line.height;
  }
  return y + laid.spaceAfter;
}

function stackRule(r: Rule, width: number, y: number, ops: DrawOp[]): number {
  const laid = layoutRule(r, width);
  ops.push(...shiftOps([laid.op], 0, y));
  return y + laid.height;
}

/** The content of one cell, stacked top-down; returns its height and ops relative to the content box. */
export function layoutCell(cell: Cell, width: number, align?: Align): { height: number; ops: DrawOp[]; notes: NoteRef[] } {
  const ops: DrawOp[] = [];
  const notes: NoteRef[] = [];
  let y = 0;
  for (const block of cell.blocks) {
    switch (block.type) {
      case "paragraph":
        y = stackParagraph(block, width, y, ops, notes, align);
        break;
      case "rule":
        y = stackRule(block, width, y, ops);
        break;
      default: {
        const unknown: never = block;
        throw new Error(`unhandled cell block ${JSON.stringify(unknown)}`);
      }
    }
  }
  return { height: y, ops, notes };
}

function borders(widths: number[], height: number): DrawOp[] {
  const w = tables.borderPt;
  const total = widths.reduce((a, b) => a + b, 0);
  const ops: DrawOp[] = [
    { kind: "line", x1: 0, y1: 0, x2: total, y2: 0, widthPt: w },
    { kind: "line", x1: 0, y1: height, x2: total, y2: height, widthPt: w },
  ];
  let x = 0;
  for (const cw of [0, ...widths]) {
    x += cw;
    ops.push({ kind: "line", x1: x, y1: 0, x2: x, y2: height, widthPt: w });
  }
  return ops;
}

export function layoutTable(table: Table, textWidth: number): FlowItem {
  const widths = columnWidths(table, textWidth);
  const pad = mmToPt(tables.cellPaddingMm);
  // The signature row stands a little apart from the closing sentence (spec).
  const top = table.role === "signature" || table.role === "joint" ? tables.signatureSpaceBeforePt : 0;
  const slices: Slice[] = table.rows.map((row) => {
    const ops: DrawOp[] = [];
    // Footnotes cited in a row go to the foot of the page the row lands on, at the text width.
    const notes: NoteRef[] = [];
    let height = 0;
    let x = 0;
    row.forEach((cell, c) => {
      const width = widths[c] ?? 0;
      // Nơi nhận sits flush with the left margin (ô 9b): no left padding in a signature row's first cell.
      const left = c === 0 && (table.role === "signature" || table.role === "joint") ? 0 : pad;
      const laid = layoutCell(cell, Math.max(0, width - left - pad), table.columnAlign?.[c] ?? undefined);
      ops.push(...shiftOps(laid.ops, x + left, top));
      notes.push(...laid.notes);
      height = Math.max(height, top + laid.height);
      x += width;
    });
    if (table.role === "data") {
      // Word and LibreOffice count the border in the row's height; so must we, or a long
      // appendix page fits one row more here than in the DOCX.
      height += tables.borderPt;
      ops.push(...borders(widths, height));
    }
    return notes.length > 0 ? { height, ops, notes: notes.map((n) => noteSlice(n, textWidth)) } : { height, ops };
  });
  const repeat = table.role === "data" ? Math.min(table.headerRows ?? 0, slices.length) : 0;
  return {
    spaceBefore: 0,
    spaceAfter: 0,
    slices,
    repeat,
    minHead: Math.min(repeat + 1, slices.length),
    minTail: 1,
    keepTogether: table.keepTogether ?? false,
    keepWithNext: false,
  };
}
