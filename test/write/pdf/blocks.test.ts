import { describe, expect, it } from "vitest";
import { paragraph } from "../../../src/compose/tree.js";
import { blocksToFlow } from "../../../src/write/pdf/blocks.js";

describe("blocksToFlow", () => {
  it("takes keep-with-next of lines and rules from the tree, deciding none itself", () => {
    const items = blocksToFlow(
      [
        paragraph("NoiDung", "Dòng"),
        { type: "rule", widthPt: 50 },
        paragraph("NoiDung", "Dòng", { keepWithNext: true }),
        { type: "rule", widthPt: 50, keepWithNext: true },
      ],
      400,
    );
    expect(items.map((i) => i.keepWithNext)).toEqual([false, false, true, true]);
  });
});
