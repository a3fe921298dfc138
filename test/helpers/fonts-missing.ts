// The fonts module as a broken install leaves it (@fontsource/tinos without its files): every
// font access throws FontMissingError, as src/layout/fonts.ts does. For vi.mock factories:
//   vi.mock("…/src/layout/fonts.js", async (real) => (await import("…/helpers/fonts-missing.js")).fontsMissing(await real()));
import type * as Fonts from "../../src/layout/fonts.js";

export function fontsMissing(real: typeof Fonts): typeof Fonts {
  const missing = (): never => {
    throw new real.FontMissingError("@fontsource/tinos/files/tinos-latin-400-normal.woff");
  };
  return { ...real, measureText: missing, loadFace: missing, splitByFont: missing, lineHeight: missing, ascent: missing };
}
