import { describe, expect, it } from "vitest";
import { DIEM_LETTERS, diemLetter, headingLabel, roman } from "../../src/model/numbering.js";

describe("numbering (Phụ lục I, II.6.b)", () => {
  it("writes mục numbers in Roman numerals", () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 1994].map(roman)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
      "IX",
      "X",
      "XIV",
      "XL",
      "XC",
      "MCMXCIV",
    ]);
    expect(() => roman(0)).toThrow();
  });

  it("puts đ after d and skips f, j, w, z in điểm letters", () => {
    const letters = Array.from({ length: 23 }, (_, i) => diemLetter(i + 1));
    expect(letters.slice(0, 7)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
    expect(letters).toEqual([...DIEM_LETTERS]);
    for (const missing of ["f", "j", "w", "z"]) expect(letters).not.toContain(missing);
    expect(diemLetter(24)).toBe("aa");
  });

  it("labels headings by depth", () => {
    expect(headingLabel(1, 4)).toBe("IV.");
    expect(headingLabel(2, 3)).toBe("3.");
    expect(headingLabel(3, 5)).toBe("đ)");
    expect(headingLabel(4, 1)).toBe("-");
  });
});
