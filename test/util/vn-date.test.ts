import { describe, expect, it } from "vitest";
import { formatDecreeDate, formatShortDate, parseIsoDate, parseVnDate } from "../../src/util/vn-date.js";

describe("decree dates (Phụ lục I, II.4)", () => {
  it("pads days below 10 and months 1–2 only", () => {
    expect(formatDecreeDate({ year: 2025, month: 2, day: 5 })).toBe("ngày 05 tháng 02 năm 2025");
    expect(formatDecreeDate({ year: 2025, month: 3, day: 15 })).toBe("ngày 15 tháng 3 năm 2025");
    expect(formatDecreeDate({ year: 2022, month: 1, day: 27 })).toBe("ngày 27 tháng 01 năm 2022");
  });

  it("writes the short form with the same padding, as the seed cites dates", () => {
    expect(formatShortDate({ year: 2020, month: 6, day: 3 })).toBe("03/6/2020");
    expect(formatShortDate({ year: 2022, month: 1, day: 26 })).toBe("26/01/2022");
    expect(formatShortDate({ year: 2021, month: 12, day: 15 })).toBe("15/12/2021");
  });

  it("rejects dates that do not exist", () => {
    expect(parseIsoDate("2022-02-30")).toBeUndefined();
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2023-02-29")).toBeUndefined();
    expect(parseIsoDate("2022-13-01")).toBeUndefined();
  });

  it("reads dates as clerks type them", () => {
    expect(parseVnDate("05/01/2022")).toBe("2022-01-05");
    expect(parseVnDate(" 5.1.2022 ")).toBe("2022-01-05");
    expect(parseVnDate("2022-01-05")).toBe("2022-01-05");
    expect(parseVnDate("30/02/2022")).toBeUndefined();
    expect(parseVnDate("2022-1-5")).toBeUndefined();
  });
});
