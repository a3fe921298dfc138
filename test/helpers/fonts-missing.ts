// The fonts module as a broken install leaves it (dist/fonts/ never built): every
// font access throws FontMissingError, as src/layout/fonts.ts does. For vi.mock factories:
//   vi.mock("…/src/layout/fonts.js", async (real) => (await import("…/helpers/fonts-missing.js")).fontsMissing(await real()));
import type * as Fonts from "../../src/layout/fonts.js";

export function fontsMissing(real: typeof Fonts): typeof Fonts {
  const missing = (): never => {
    throw new real.FontMissingError("dist/fonts/tinos-metrics.json");
  };
  return { ...real, measureText: missing, loadFace: missing, fontFile: missing, lineHeight: missing, ascent: missing };
}
