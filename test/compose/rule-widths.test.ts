// Every rule compose sizes from "the line above" (Phụ lục I, ô 1, 2, 5a) must be sized from the
// line the PDF writer really draws: the widest line of the paragraphs just above it, as
// layoutParagraph sets them in the same container. Regression: compose once measured with a
// breaker of its own (whole-string widths, no break after a hyphen), so the rule under a
// trích yếu ending "giai đoạn 2021-2030" was sized from a line never drawn (427.1 pt measured,
// 463.3 pt drawn), and the header rules were off by a quarter of a point.
import { beforeAll, describe, expect, it } from "vitest";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { composePlan } from "../../src/compose/compose-plan.js";
import type { Block, CellBlock, DocumentTree, Paragraph, Rule } from "../../src/compose/tree.js";
import { measureText } from "../../src/layout/fonts.js";
import { ruleFraction, type StyleName, tables } from "../../src/layout/nd30.js";
import { mmToPt } from "../../src/layout/units.js";
import type { Plan } from "../../src/model/plan.js";
import { pageGeometry } from "../../src/write/pdf/page-geometry.js";
import { type LaidLine, layoutParagraph } from "../../src/write/pdf/paragraph-layout.js";
import { layoutRule } from "../../src/write/pdf/rule-layout.js";
import { columnWidths } from "../../src/write/pdf/table-layout.js";

/** How long each rule is against the line above it, by that line's style (the @rule kinds). */
const FRACTION = new Map<StyleName, number>([
  ["TrichYeu", ruleFraction.trichYeu],
  ["CoQuanBanHanh", ruleFraction.agency],
  ["TieuNgu", 1],
]);

interface RuleUnderText {
  rule: Rule;
  above: Paragraph[];
  /** Width of the container the PDF writer sets them in. */
  width: number;
}

/** Each rule with the consecutive paragraphs of one style just above it, in its container. */
function rulesIn(blocks: readonly (Block | CellBlock)[], width: number): RuleUnderText[] {
  return blocks.flatMap((b, i): RuleUnderText[] => {
    if (b.type === "table") {
      const pad = mmToPt(tables.cellPaddingMm);
      const widths = columnWidths(b, width);
      return b.rows.flatMap((row) => row.flatMap((cell, c) => rulesIn(cell.blocks, widths[c] - 2 * pad)));
    }
    if (b.type !== "rule") return [];
    const above: Paragraph[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const p = blocks[j];
      if (p.type !== "paragraph" || (above.length > 0 && p.style !== above[0].style)) break;
      above.unshift(p);
    }
    return [{ rule: b, above, width }];
  });
}

/** Left and right ends of the text the PDF writer draws on one line. */
function extent(line: LaidLine): [number, number] {
  const first = line.ops[0];
  const last = line.ops[line.ops.length - 1];
  return [first.x, last.x + measureText(last.text, last.face, last.sizePt)];
}

/** The lines the PDF writer draws for these paragraphs. */
const drawnLines = (ps: Paragraph[], width: number): [number, number][] => ps.flatMap((p) => layoutParagraph(p, width).lines.map(extent));

/** Checks the rules under lines of `only` (every rule when omitted); returns their styles. */
function expectRulesFromDrawnLines(tree: DocumentTree, only?: StyleName): string[] {
  const found = tree.parts
    .flatMap((part) => rulesIn(part.blocks, pageGeometry().textWidth))
    .filter((f) => only === undefined || f.above[0].style === only);
  for (const { rule, above, width } of found) {
    const style = above[0].style;
    const lines = drawnLines(above, width);
    const widest = Math.max(...lines.map(([left, right]) => right - left));
    // Compose rounds rule lengths to 0.01 pt.
    expect(Math.abs(rule.widthPt - Math.min(width, FRACTION.get(style)! * widest)), style).toBeLessThanOrEqual(0.005 + 1e-9);
    // Drawn centred under the centred line above it.
    const { op } = layoutRule(rule, width);
    const [left, right] = lines[lines.length - 1];
    expect(op.x1 + op.x2, style).toBeCloseTo(left + right, 6);
  }
  return found.map((f) => f.above[0].style);
}

describe("rules under text are sized from the lines the PDF writer draws", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = (await loadPlan("plans/plan-2022.yaml")).value!;
  });

  it("in plans/plan-2022.yaml: agency, Tiêu ngữ and trích yếu", () => {
    const styles = expectRulesFromDrawnLines(composePlan(plan).value!);
    expect(styles).toEqual(["CoQuanBanHanh", "TieuNgu", "TrichYeu"]);
  });

  it("when the trích yếu is too long for a line: balanced between phrases, the rule from the widest drawn line", () => {
    const title = "Thông tin, tuyên truyền cải cách hành chính trên địa bàn tỉnh giai đoạn 2021-2030";
    const tree = composePlan({ ...plan, title }).value!;
    const trichYeu = tree.parts[0].blocks.filter((b): b is Paragraph => b.type === "paragraph" && b.style === "TrichYeu");
    const drawn = trichYeu.flatMap((p) =>
      layoutParagraph(p, pageGeometry().textWidth).lines.map((l) => l.ops.map((o) => o.text).join(" ")),
    );
    // One line each, broken before "trên" (a phrase), never after the hyphen of 2021-2030.
    expect(drawn).toEqual(["Thông tin, tuyên truyền cải cách hành chính", "trên địa bàn tỉnh giai đoạn 2021-2030"]);
    expect(expectRulesFromDrawnLines(tree, "TrichYeu")).toEqual(["TrichYeu"]);
  });
});
