// cai-cach's own choices (src/layout/nd30.ts) lie inside what the decree allows
// (src/layout/nd30-ranges.ts), so `audit` can never reject what `render` writes on these points.
import { describe, expect, it } from "vitest";
import { page, styles } from "../../src/layout/nd30.js";
import { components, pageRanges, STYLE_COMPONENTS } from "../../src/layout/nd30-ranges.js";

describe("nd30.ts inside the decree's ranges", () => {
  it("margins", () => {
    const chosen = { top: page.marginTopMm, bottom: page.marginBottomMm, left: page.marginLeftMm, right: page.marginRightMm };
    for (const [side, [min, max]] of Object.entries(pageRanges.marginsMm)) {
      expect(chosen[side as keyof typeof chosen], side).toBeGreaterThanOrEqual(min);
      expect(chosen[side as keyof typeof chosen], side).toBeLessThanOrEqual(max);
    }
  });
  it.each(Object.entries(STYLE_COMPONENTS))("style %s as component %s", (style, component) => {
    const s = styles[style as keyof typeof styles];
    const rule = components[component!];
    expect(s.sizePt).toBeGreaterThanOrEqual(rule.sizePt[0]);
    expect(s.sizePt).toBeLessThanOrEqual(rule.sizePt[1]);
    if ("bold" in rule && rule.bold !== undefined) expect(Boolean((s as { bold?: boolean }).bold)).toBe(rule.bold);
    if ("italic" in rule && rule.italic !== undefined) expect(Boolean((s as { italic?: boolean }).italic)).toBe(rule.italic);
  });
});
