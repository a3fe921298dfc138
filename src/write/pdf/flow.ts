// The unit of pagination: a block measured into slices that are never cut (the lines of a
// paragraph, the rows of a table), with the rules on where it may break between them.

import type { DrawOp } from "./ops.js";

/** An unbreakable strip of a block; ops are relative to its top-left corner. */
export interface Slice {
  height: number;
  ops: DrawOp[];
  /** The footnotes this slice cites, laid out: they go at the foot of the page it lands on. */
  notes?: Slice[];
}

export interface FlowItem {
  spaceBefore: number;
  spaceAfter: number;
  slices: Slice[];
  /** The first `repeat` slices are drawn again at the top of each continuation page (table headers). */
  repeat: number;
  /** Fewest slices left on the first page (orphans) and carried to the next (widows). */
  minHead: number;
  minTail: number;
  /** Never split (the signature row): moved whole to the next page when it does not fit. */
  keepTogether: boolean;
  /** Kept on the same page as the start of the next item (headings, and a line before its rule). */
  keepWithNext: boolean;
}

export const itemHeight = (item: FlowItem): number => item.slices.reduce((sum, s) => sum + s.height, 0);
