// A rule belongs to the line above it (Phụ lục I, ô 1, 2, 5a: it is drawn under that line), so
// a page must never fall between them: the line keeps with its rule, and the rule passes on the
// line's own keep-with-next (trích yếu → rule → body). Written once here on the tree, so every
// writer only maps keepWithNext and all break pages in the same places.
//
// Only a part's own blocks: inside a table cell the line and its rule share a row, which the
// writers already keep whole or lay out as one.

import { styleOf } from "../layout/nd30.js";
import type { Block, Paragraph, Part } from "./tree.js";

const keepsOwn = (p: Paragraph): boolean => p.keepWithNext === true || styleOf(p.style).keepWithNext === true;

export function keepRulesWithLines(blocks: readonly Block[]): Block[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (block.type === "paragraph" && next?.type === "rule") return { ...block, keepWithNext: true };
    const above = blocks[i - 1];
    if (block.type === "rule" && above?.type === "paragraph" && keepsOwn(above)) return { ...block, keepWithNext: true };
    return block;
  });
}

export const keepRulesWithLinesInParts = (parts: readonly Part[]): Part[] =>
  parts.map((part) => ({ ...part, blocks: keepRulesWithLines(part.blocks) }));
