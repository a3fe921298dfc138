// Figures as the report prints them (issue 12): Vietnamese separators, no exponent, no float tail.
import { describe, expect, it } from "vitest";
import { addQuantity, formatNumberVi } from "../../src/report/number-text.js";
import { addEntry, emptyTally } from "../../src/report/tally.js";

describe("report numbers", () => {
  it("groups thousands with dots and writes decimals with a comma", () => {
    expect(formatNumberVi(1500000)).toBe("1.500.000");
    expect(formatNumberVi(1234.5)).toBe("1.234,5");
    expect(formatNumberVi(0)).toBe("0");
    expect(formatNumberVi(-3.25)).toBe("-3,25");
  });

  it("never prints an exponent or a binary-fraction tail", () => {
    expect(formatNumberVi(1e21)).toBe("1.000.000.000.000.000.000.000");
    expect(formatNumberVi(0.1 + 0.2 + 2)).toBe("2,3");
    expect(formatNumberVi(9007199254740991)).toBe("9.007.199.254.740.991");
  });

  it("sums quantities without float noise, in every output", () => {
    expect(addQuantity(addQuantity(0.1, 0.2), 2)).toBe(2.3);
    const t = emptyTally();
    for (const value of [0.1, 0.2, 2])
      addEntry(t, { date: "2022-01-05", items: ["x"], summary: "s", quantities: [{ value, measure: "bài" }] });
    expect(t.quantities.bài).toBe(2.3);
  });

  it("keys measures without a prototype: 'constructor' and '__proto__' are measures like any other", () => {
    const t = emptyTally();
    for (const measure of ["constructor", "__proto__", "hasownproperty"])
      addEntry(t, { date: "2022-01-05", items: ["x"], summary: "s", quantities: [{ value: 2, measure }] });
    expect(Object.keys(t.quantities).sort()).toEqual(["__proto__", "constructor", "hasownproperty"]);
    expect(t.quantities.constructor).toBe(2);
    expect(Object.getPrototypeOf(t.quantities)).toBeNull();
  });
});
