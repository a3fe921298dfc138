import { describe, expect, it } from "vitest";
import { nextSpec, period, previousSpec, windowSentence, type PeriodSpec } from "../../src/report/periods.js";

const w = (spec: PeriodSpec, rule: "nd09" | "calendar" = "nd09") => {
  const p = period(spec, rule);
  return [p.from, p.to];
};

describe("NĐ 09/2019 windows (15th → 14th)", () => {
  it("quarters, with Q1 starting in the previous year", () => {
    expect(w({ kind: "quarter", year: 2022, n: 1 })).toEqual(["2021-12-15", "2022-03-14"]);
    expect(w({ kind: "quarter", year: 2022, n: 2 })).toEqual(["2022-03-15", "2022-06-14"]);
    expect(w({ kind: "quarter", year: 2022, n: 3 })).toEqual(["2022-06-15", "2022-09-14"]);
    expect(w({ kind: "quarter", year: 2022, n: 4 })).toEqual(["2022-09-15", "2022-12-14"]);
  });
  it("months, January from 15 December", () => {
    expect(w({ kind: "month", year: 2022, n: 1 })).toEqual(["2021-12-15", "2022-01-14"]);
    expect(w({ kind: "month", year: 2024, n: 3 })).toEqual(["2024-02-15", "2024-03-14"]);
    expect(w({ kind: "month", year: 2022, n: 12 })).toEqual(["2022-11-15", "2022-12-14"]);
  });
  it("halves, nine months, year", () => {
    expect(w({ kind: "half", year: 2022, n: 1 })).toEqual(["2021-12-15", "2022-06-14"]);
    expect(w({ kind: "half", year: 2022, n: 2 })).toEqual(["2022-06-15", "2022-12-14"]);
    expect(w({ kind: "nine-months", year: 2022 })).toEqual(["2021-12-15", "2022-09-14"]);
    expect(w({ kind: "annual", year: 2022 })).toEqual(["2021-12-15", "2022-12-14"]);
  });
  it("cumulative figures start at 15/12 of the previous year", () => {
    expect(period({ kind: "quarter", year: 2022, n: 3 }, "nd09").yearStart).toBe("2021-12-15");
  });
  it("states its window as the decree's sentence", () => {
    expect(windowSentence(period({ kind: "quarter", year: 2022, n: 1 }, "nd09"))).toBe(
      "Số liệu tính từ ngày 15/12/2021 đến ngày 14/3/2022",
    );
  });
});

describe("calendar windows", () => {
  it("quarters and months end on the month's last day, leap years included", () => {
    expect(w({ kind: "quarter", year: 2022, n: 1 }, "calendar")).toEqual(["2022-01-01", "2022-03-31"]);
    expect(w({ kind: "quarter", year: 2022, n: 2 }, "calendar")).toEqual(["2022-04-01", "2022-06-30"]);
    expect(w({ kind: "month", year: 2024, n: 2 }, "calendar")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(w({ kind: "month", year: 2023, n: 2 }, "calendar")).toEqual(["2023-02-01", "2023-02-28"]);
    expect(w({ kind: "month", year: 2000, n: 2 }, "calendar")).toEqual(["2000-02-01", "2000-02-29"]);
    expect(w({ kind: "month", year: 1900 + 200, n: 2 }, "calendar")).toEqual(["2100-02-01", "2100-02-28"]);
  });
  it("halves, nine months, year", () => {
    expect(w({ kind: "half", year: 2022, n: 1 }, "calendar")).toEqual(["2022-01-01", "2022-06-30"]);
    expect(w({ kind: "half", year: 2022, n: 2 }, "calendar")).toEqual(["2022-07-01", "2022-12-31"]);
    expect(w({ kind: "nine-months", year: 2022 }, "calendar")).toEqual(["2022-01-01", "2022-09-30"]);
    expect(w({ kind: "annual", year: 2022 }, "calendar")).toEqual(["2022-01-01", "2022-12-31"]);
    expect(period({ kind: "annual", year: 2022 }, "calendar").yearStart).toBe("2022-01-01");
  });
});

describe("deadlines", () => {
  it("the 20th of the last month under NĐ 09 (581/BNV-CCHC), configurable", () => {
    expect(period({ kind: "quarter", year: 2022, n: 1 }, "nd09").deadline).toBe("2022-03-20");
    expect(period({ kind: "quarter", year: 2022, n: 1 }, "nd09", 18).deadline).toBe("2022-03-18");
  });
  it("moves to the next month when the window ends after the day (calendar)", () => {
    expect(period({ kind: "quarter", year: 2022, n: 1 }, "calendar").deadline).toBe("2022-04-20");
    expect(period({ kind: "annual", year: 2022 }, "calendar").deadline).toBe("2023-01-20");
  });
  it("is clamped to the month's length (31 in February of a leap year)", () => {
    expect(period({ kind: "month", year: 2024, n: 1 }, "calendar", 31).deadline).toBe("2024-02-29");
    expect(period({ kind: "month", year: 2024, n: 2 }, "nd09", 31).deadline).toBe("2024-02-29");
  });
  it("custom periods have none", () => {
    expect(period({ kind: "custom", year: 2022, from: "2022-02-01", to: "2022-02-15" }, "nd09").deadline).toBeUndefined();
  });
});

describe("previous and next periods across year boundaries", () => {
  it("previous", () => {
    expect(previousSpec({ kind: "quarter", year: 2022, n: 1 })).toEqual({ kind: "quarter", year: 2021, n: 4 });
    expect(previousSpec({ kind: "quarter", year: 2022, n: 3 })).toEqual({ kind: "quarter", year: 2022, n: 2 });
    expect(previousSpec({ kind: "month", year: 2022, n: 1 })).toEqual({ kind: "month", year: 2021, n: 12 });
    expect(previousSpec({ kind: "half", year: 2022, n: 1 })).toEqual({ kind: "half", year: 2021, n: 2 });
    expect(previousSpec({ kind: "half", year: 2022, n: 2 })).toEqual({ kind: "half", year: 2022, n: 1 });
    expect(previousSpec({ kind: "nine-months", year: 2022 })).toEqual({ kind: "nine-months", year: 2021 });
    expect(previousSpec({ kind: "annual", year: 2022 })).toEqual({ kind: "annual", year: 2021 });
  });
  it("previous of a custom period: the same number of days just before, over Feb 29", () => {
    expect(previousSpec({ kind: "custom", year: 2024, from: "2024-03-01", to: "2024-03-10" })).toEqual({
      kind: "custom",
      year: 2024,
      from: "2024-02-20",
      to: "2024-02-29",
    });
    expect(previousSpec({ kind: "custom", year: 2022, from: "2022-01-01", to: "2022-01-05" })).toEqual({
      kind: "custom",
      year: 2021,
      from: "2021-12-27",
      to: "2021-12-31",
    });
  });
  it("next", () => {
    expect(nextSpec({ kind: "quarter", year: 2022, n: 4 })).toEqual({ kind: "quarter", year: 2023, n: 1 });
    expect(nextSpec({ kind: "month", year: 2022, n: 12 })).toEqual({ kind: "month", year: 2023, n: 1 });
    expect(nextSpec({ kind: "half", year: 2022, n: 2 })).toEqual({ kind: "half", year: 2023, n: 1 });
    expect(nextSpec({ kind: "nine-months", year: 2022 })).toEqual({ kind: "quarter", year: 2022, n: 4 });
    expect(nextSpec({ kind: "custom", year: 2024, from: "2024-02-20", to: "2024-02-29" })).toEqual({
      kind: "custom",
      year: 2024,
      from: "2024-03-01",
      to: "2024-03-10",
    });
  });
  it("consecutive NĐ 09 quarters tile the year without gap or overlap", () => {
    let prev = period({ kind: "quarter", year: 2021, n: 4 }, "nd09");
    for (let n = 1; n <= 4; n++) {
      const p = period({ kind: "quarter", year: 2022, n }, "nd09");
      const dayAfter = new Date(Date.parse(prev.to) + 86_400_000).toISOString().slice(0, 10);
      expect(p.from).toBe(dayAfter);
      prev = p;
    }
  });
});

describe("labels and keys", () => {
  it("Vietnamese labels", () => {
    expect(period({ kind: "quarter", year: 2022, n: 1 }, "nd09").label).toBe("quý I năm 2022");
    expect(period({ kind: "half", year: 2022, n: 1 }, "nd09").label).toBe("6 tháng đầu năm 2022");
    expect(period({ kind: "nine-months", year: 2022 }, "nd09").label).toBe("9 tháng năm 2022");
    expect(period({ kind: "annual", year: 2022 }, "nd09").label).toBe("năm 2022");
    expect(period({ kind: "custom", year: 2022, from: "2022-02-01", to: "2022-02-15" }, "nd09").label).toBe(
      "từ ngày 01/02/2022 đến ngày 15/02/2022",
    );
    expect(period({ kind: "month", year: 2022, n: 3 }, "nd09").key).toBe("2022-M03");
  });
  it("a custom period after the December cut-off accumulates from 15/12", () => {
    expect(period({ kind: "custom", year: 2022, from: "2022-12-16", to: "2022-12-20" }, "nd09").yearStart).toBe("2022-12-15");
    expect(period({ kind: "custom", year: 2022, from: "2022-02-01", to: "2022-02-15" }, "nd09").yearStart).toBe("2021-12-15");
  });
});
