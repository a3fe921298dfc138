import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { composePlan } from "../../src/compose/compose-plan.js";
import { keepRulesWithLines } from "../../src/compose/keep-rules-with-lines.js";
import { type Block, paragraph, type Table } from "../../src/compose/tree.js";

const rule = (widthPt: number): Block => ({ type: "rule", widthPt });
const keeps = (blocks: Block[]): (boolean | undefined)[] => blocks.map((b) => (b.type === "table" ? undefined : b.keepWithNext));

describe("keepRulesWithLines", () => {
  it("keeps a line with its rule, and the rule with what follows only when the line itself keeps", () => {
    const blocks = [
      paragraph("NoiDung", "Dòng"),
      rule(50),
      paragraph("TrichYeu", "Trích yếu"), // the style keeps with next (nd30.ts)
      rule(60),
      paragraph("NoiDung", "Câu kết", { keepWithNext: true }),
      rule(70),
      paragraph("NoiDung", "Thân"),
    ];
    expect(keeps(keepRulesWithLines(blocks))).toEqual([true, undefined, true, true, true, true, undefined]);
  });

  it("leaves the input tree as it was", () => {
    const blocks = [paragraph("NoiDung", "Dòng"), rule(50)];
    keepRulesWithLines(blocks);
    expect(keeps(blocks)).toEqual([undefined, undefined]);
  });

  it("is applied by compose: the trích yếu, its rule and the body stay together; header cells are left alone", async () => {
    const tree = composePlan((await loadPlan("plans/plan-2022.yaml")).value!).value!;
    const blocks = tree.parts[0].blocks;
    const at = blocks.findIndex((b) => b.type === "paragraph" && b.style === "TrichYeu");
    expect(blocks[at]).toMatchObject({ keepWithNext: true });
    expect(blocks[at + 1]).toMatchObject({ type: "rule", keepWithNext: true });
    const header = blocks[0] as Table;
    for (const cell of header.rows.flat()) for (const b of cell.blocks) expect(b.keepWithNext).toBeUndefined();
  });
});
