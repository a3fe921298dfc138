// Measures each top-level block into a flow item: one handler per Block["type"], checked by
// the compiler so a new block kind cannot be forgotten here.

import type { Block } from "../../compose/tree.js";
import type { FlowItem } from "./flow.js";
import { layoutParagraph } from "./paragraph-layout.js";
import { layoutRule } from "./rule-layout.js";
import { layoutTable } from "./table-layout.js";
import { noteSlice } from "./footnotes.js";

type Handler<K extends Block["type"]> = (block: Extract<Block, { type: K }>, textWidth: number) => FlowItem;

const handlers: { [K in Block["type"]]: Handler<K> } = {
  paragraph: (p, textWidth) => {
    const laid = layoutParagraph(p, textWidth);
    return {
      spaceBefore: laid.spaceBefore,
      spaceAfter: laid.spaceAfter,
      // A line citing footnotes carries them, laid out at the text width.
      slices: laid.lines.map(({ notes, ...line }) => (notes ? { ...line, notes: notes.map((n) => noteSlice(n, textWidth)) } : line)),
      repeat: 0,
      // Word's widow/orphan control: at least 2 lines on each side of a page break.
      minHead: 2,
      minTail: 2,
      keepTogether: false,
      keepWithNext: laid.keepWithNext,
    };
  },
  rule: (r, textWidth) => {
    const laid = layoutRule(r, textWidth);
    return {
      spaceBefore: 0,
      spaceAfter: 0,
      slices: [{ height: laid.height, ops: [laid.op] }],
      repeat: 0,
      minHead: 1,
      minTail: 1,
      keepTogether: true,
      keepWithNext: r.keepWithNext ?? false,
    };
  },
  table: (t, textWidth) => layoutTable(t, textWidth),
};

const measure = <K extends Block["type"]>(block: Extract<Block, { type: K }>, textWidth: number): FlowItem =>
  (handlers[block.type as K] as Handler<K>)(block, textWidth);

/** The flow items of a Part. Which block keeps with the next (a line with its rule too) the tree says. */
export function blocksToFlow(blocks: readonly Block[], textWidth: number): FlowItem[] {
  return blocks.map((b) => measure(b, textWidth));
}
