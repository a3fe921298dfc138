import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { styleOf } from "../../src/layout/nd30.js";
import { breakLines } from "../../src/layout/line-break.js";
import { toWords } from "../../src/layout/words.js";

const words = (text: string) => toWords([{ text }], styleOf("NoiDung"));
const join = (lines: ReturnType<typeof breakLines>) => lines.map((l) => l.words.map((w) => w.pieces.map((p) => p.text).join("")).join(""));

describe("breakLines", () => {
  it("is greedy: each line takes as many words as fit", () => {
    const ws = words("một hai ba bốn năm sáu bảy tám chín mười");
    const lines = breakLines(ws, 60, 80);
    for (const [i, line] of lines.entries()) {
      const avail = i === 0 ? 60 : 80;
      expect(line.width).toBeLessThanOrEqual(avail + 0.01);
      const next = lines[i + 1]?.words[0];
      const last = line.words[line.words.length - 1];
      if (next) expect(line.width + last.space + next.width).toBeGreaterThan(avail);
    }
  });

  it("splits words on spaces only and keeps every word, in order (property)", () => {
    const word = fc.stringMatching(/^[a-zăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ]{1,12}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 20, max: 400 }), (ws, width) => {
        const lines = breakLines(words(ws.join(" ")), width, width);
        expect(join(lines).join("")).toBe(ws.join(""));
        for (const line of lines) if (line.words.length > 1) expect(line.width).toBeLessThanOrEqual(width + 0.01);
      }),
      { numRuns: 60 },
    );
  });

  it("breaks after a hyphen inside a word, as Word does, when the whole word does not fit", () => {
    const ws = words("giai đoạn 2021-2030;");
    const full = breakLines(ws, 1000, 1000);
    const upTo = full[0].width - ws[2].width + breakLines(words("2021-"), 1000, 1000)[0].width;
    const lines = join(breakLines(ws, upTo + 0.5, 1000));
    expect(lines).toEqual(["giaiđoạn2021-", "2030;"]);
  });

  it("collapses leading spaces and widens gaps for repeated spaces", () => {
    const ws = words("  a  b");
    expect(ws).toHaveLength(2);
    expect(ws[0].space).toBeGreaterThan(words("a b")[0].space);
  });
});
