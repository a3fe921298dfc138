// rule/char-outside-font: the static table of code points `check` trusts must be exactly what the
// PDF's font can draw (read here from the merged faces render measures and draws with,
// dist/fonts/ from scripts/build-fonts.mjs), so the two cannot drift.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFace, type FaceKey } from "../../src/layout/fonts.js";
import { parse } from "yaml";
import { isCovered, uncoveredRuns } from "../../src/check/rules/font-coverage.js";
import { strings } from "../../src/check/walk.js";
// @ts-expect-error — a plain .mjs build script without types
import { generateFontCoverage, isText } from "../../scripts/build-font-coverage.mjs";

const REPO = join(import.meta.dirname, "../..");
const FACES: FaceKey[] = [{}, { italic: true }, { bold: true }, { bold: true, italic: true }];

describe("font coverage table", () => {
  it("is current (run `node scripts/build-font-coverage.mjs` after upgrading @fontsource/tinos)", () => {
    const committed = readFileSync(join(REPO, "src/layout/font-coverage.generated.ts"), "utf8");
    expect(generateFontCoverage()).toBe(committed);
  });

  it("agrees with the faces render draws with, for every code point up to U+2FFFF", () => {
    const faces = FACES.map((f) => loadFace(f));
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x2ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const drawn = faces.every((face) => face.glyphOf.has(cp));
      const layoutSpace = cp === 0x09 || cp === 0x0a || cp === 0x0d;
      const expected = layoutSpace || (drawn && isText(cp));
      if (isCovered(cp) !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("covers the whole Vietnamese alphabet in both cases, and the punctuation of the seed plan", () => {
    const marks = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
    const letters = [..."aăâeêioôơuưy"].flatMap((v) => marks.map((m) => (v + m).normalize("NFC")));
    const text = [...letters, "đ", ...letters.map((l) => l.toUpperCase()), "Đ"].join("");
    expect(uncoveredRuns(text)).toEqual([]);
    // The seed's strings (its YAML comments hold arrows the PDF never shows).
    const seed = strings(parse(readFileSync(join(REPO, "plans/plan-2022.yaml"), "utf8")));
    expect(seed.length).toBeGreaterThan(100);
    expect(seed.flatMap((s) => uncoveredRuns(s.text.normalize("NFC")))).toEqual([]);
  });

  it("lacks the characters that used to vanish from the PDF", () => {
    for (const ch of ["✓", "中", "😀", "\u2010", "\u0007"]) expect(isCovered(ch.codePointAt(0)!), ch).toBe(false);
  });
});

describe("uncovered runs", () => {
  it("groups consecutive characters and gives UTF-16 offsets (an emoji is two units)", () => {
    expect(uncoveredRuns("a ✓ 中文 b😀c😀😀")).toEqual([
      { offset: 2, text: "✓" },
      { offset: 4, text: "中文" },
      { offset: 8, text: "😀" },
      { offset: 11, text: "😀😀" },
    ]);
  });
  it("lets the whitespace the layout handles pass", () => {
    expect(uncoveredRuns("dòng một\ndòng hai\r\n\tthụt lề")).toEqual([]);
  });
});
