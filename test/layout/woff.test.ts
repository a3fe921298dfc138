import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { isWoff, woffToSfnt } from "../../src/layout/woff.js";

const require = createRequire(import.meta.url);
const woffPath = require.resolve("@fontsource/tinos/files/tinos-vietnamese-700-italic.woff");

describe("woffToSfnt", () => {
  it("gives a TrueType font with the same glyphs and metrics as the WOFF", () => {
    const woff = readFileSync(woffPath);
    expect(isWoff(woff)).toBe(true);
    const sfnt = woffToSfnt(woff);
    expect(isWoff(sfnt)).toBe(false);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const a = fontkit.create(woff) as fontkit.Font;
    const b = fontkit.create(sfnt) as fontkit.Font;
    expect(b.postscriptName).toBe(a.postscriptName);
    expect(b.numGlyphs).toBe(a.numGlyphs);
    for (const text of ["Việt Nam", "Đồng Nai", "Hạnh phúc", "ỦY BAN NHÂN DÂN"]) {
      expect(b.layout(text).advanceWidth).toBe(a.layout(text).advanceWidth);
      expect(b.layout(text).glyphs.map((g) => g.id)).toEqual(a.layout(text).glyphs.map((g) => g.id));
    }
  });

  it("refuses what is not a WOFF", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, just text bytes here............"))).toThrow();
  });
});
