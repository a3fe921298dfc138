// One handler per Block["type"] (checked by the compiler, as in the other writers): the slices
// of a block that the PDF's pagination put on one page → an SVG group that says what the block
// is (its style, its table role), so the page can be styled, searched and tested by block.

import type { Block } from "../../compose/tree.js";
import type { DrawOp } from "../pdf/ops.js";
import { escapeHtml } from "../../util/html-escape.js";
import { opsToSvg } from "./svg-ops.js";

/** The ops of each slice of the block on this page, already placed on the page. */
export type PlacedOps = DrawOp[][];

type Handler<K extends Block["type"]> = (block: Extract<Block, { type: K }>, slices: PlacedOps) => string;

const handlers: { [K in Block["type"]]: Handler<K> } = {
  // One <text> per line (a slice is a line).
  paragraph: (p, slices) => `<g class="p" data-style="${escapeHtml(p.style)}">${slices.map(opsToSvg).join("")}</g>`,
  rule: (_r, slices) => `<g class="rule">${slices.map(opsToSvg).join("")}</g>`,
  // A slice is a row: rows are never split, header rows repeat on continuation pages.
  table: (t, slices) =>
    `<g class="table" data-role="${escapeHtml(t.role)}">${slices.map((row) => `<g class="row">${opsToSvg(row)}</g>`).join("")}</g>`,
};

export const blockToSvg = <K extends Block["type"]>(block: Extract<Block, { type: K }>, slices: PlacedOps): string =>
  (handlers[block.type as K] as Handler<K>)(block, slices);
