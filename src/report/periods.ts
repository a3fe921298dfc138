// Reporting periods and their data windows (pure). By default the cut-offs of Nghị định
// 09/2019/NĐ-CP, Điều 12: data from the 15th of the month before the period to the 14th of its
// last month (Q1 2022 = 15/12/2021–14/3/2022; year = 15/12 of the previous year → 14/12).
// With `report: { window: calendar }` in cai-cach.config.yaml, calendar periods instead.
// The 9-month period is not in the decree; provinces that ask for it use 15/12 → 14/9.
import { daysInMonth, formatShortDate, toIso, type YMD } from "../util/vn-date.js";

export type WindowRule = "nd09" | "calendar";
/**
 * What the clerk asked for: each kind carries exactly its fields, so no code has to assume that
 * a quarter has its number or a custom ("đột xuất") period its dates. `year` is the reporting
 * year (for a custom period, the year of its last day).
 */
export type PeriodSpec =
  | { kind: "month"; year: number /** 1–12 */; n: number }
  | { kind: "quarter"; year: number /** 1–4 */; n: number }
  | { kind: "half"; year: number /** 1 (first six months) or 2 */; n: number }
  | { kind: "nine-months"; year: number }
  | { kind: "annual"; year: number }
  | { kind: "custom"; year: number /** ISO dates, both included. */; from: string; to: string };

export type PeriodKind = PeriodSpec["kind"];
/** The periods that follow the calendar's months (every kind but custom). */
type CalendarSpec = Exclude<PeriodSpec, { kind: "custom" }>;

/** A period with its data window, due date, label and file key. */
export type Period = PeriodSpec & {
  rule: WindowRule;
  /** First and last day of the data window, ISO, both included. */
  from: string;
  to: string;
  /** First day of the reporting year's window, for cumulative ("lũy kế") figures. */
  yearStart: string;
  /** Day the report is due; none for custom periods. */
  deadline?: string;
  /** "quý I năm 2022", "6 tháng đầu năm 2022" … */
  label: string;
  /** "2022-Q1", "2022-H1", "2022-M03", "2022-9M", "2022", "2022-02-01_2022-02-15": file names. */
  key: string;
};

const ROMAN = ["I", "II", "III", "IV"];
const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (year: number, month: number, day: number): string => toIso({ year, month, day });

/** Last month (1–12) and number of months of a period. */
function span(spec: CalendarSpec): { last: number; months: number } {
  switch (spec.kind) {
    case "month":
      return { last: spec.n, months: 1 };
    case "quarter":
      return { last: spec.n * 3, months: 3 };
    case "half":
      return { last: spec.n * 6, months: 6 };
    case "nine-months":
      return { last: 9, months: 9 };
    case "annual":
      return { last: 12, months: 12 };
  }
}

export function period(spec: PeriodSpec, rule: WindowRule, deadlineDay = 20): Period {
  const base = { ...spec, rule, label: label(spec), key: key(spec) };
  if (spec.kind === "custom") {
    const to = spec.to;
    const y = Number(to.slice(0, 4));
    const yearStart = rule === "nd09" && to.slice(5) >= "12-15" ? iso(y, 12, 15) : rule === "nd09" ? iso(y - 1, 12, 15) : iso(y, 1, 1);
    return { ...base, from: spec.from, to, yearStart };
  }
  const { last, months } = span(spec);
  const firstMonth = last - months + 1;
  const y = spec.year;
  let from: string;
  let to: string;
  if (rule === "nd09") {
    // Điều 12: from the 15th of the month before the period's first month.
    from = firstMonth === 1 ? iso(y - 1, 12, 15) : iso(y, firstMonth - 1, 15);
    to = iso(y, last, 14);
  } else {
    from = iso(y, firstMonth, 1);
    to = iso(y, last, daysInMonth(y, last));
  }
  const yearStart = rule === "nd09" ? iso(y - 1, 12, 15) : iso(y, 1, 1);
  return { ...base, from, to, yearStart, deadline: deadline(y, last, to, deadlineDay) };
}

/**
 * Due on `deadlineDay` of the period's last month (581/BNV-CCHC: the 20th, after the 14th
 * cut-off); when that day falls before the window closes (calendar periods), of the next month.
 */
function deadline(y: number, month: number, to: string, day: number): string {
  const on = (yy: number, mm: number): string => iso(yy, mm, Math.min(day, daysInMonth(yy, mm)));
  const same = on(y, month);
  if (same > to) return same;
  return month === 12 ? on(y + 1, 1) : on(y, month + 1);
}

/** The period before, for "change from the previous period". */
export function previousSpec(spec: PeriodSpec): PeriodSpec {
  const y = spec.year;
  switch (spec.kind) {
    case "month":
      return spec.n === 1 ? { kind: "month", year: y - 1, n: 12 } : { kind: "month", year: y, n: spec.n - 1 };
    case "quarter":
      return spec.n === 1 ? { kind: "quarter", year: y - 1, n: 4 } : { kind: "quarter", year: y, n: spec.n - 1 };
    case "half":
      return spec.n === 1 ? { kind: "half", year: y - 1, n: 2 } : { kind: "half", year: y, n: 1 };
    // Same span a year earlier: the only earlier period of the same length.
    case "nine-months":
      return { kind: "nine-months", year: y - 1 };
    case "annual":
      return { kind: "annual", year: y - 1 };
    case "custom": {
      const days = dayNumber(spec.to) - dayNumber(spec.from) + 1;
      const to = fromDayNumber(dayNumber(spec.from) - 1);
      const from = fromDayNumber(dayNumber(spec.from) - days);
      return { kind: "custom", year: Number(to.slice(0, 4)), from, to };
    }
  }
}

/** The period after, for "phương hướng, nhiệm vụ kỳ tới". */
export function nextSpec(spec: PeriodSpec): PeriodSpec {
  const y = spec.year;
  switch (spec.kind) {
    case "month":
      return spec.n === 12 ? { kind: "month", year: y + 1, n: 1 } : { kind: "month", year: y, n: spec.n + 1 };
    case "quarter":
      return spec.n === 4 ? { kind: "quarter", year: y + 1, n: 1 } : { kind: "quarter", year: y, n: spec.n + 1 };
    case "half":
      return spec.n === 2 ? { kind: "half", year: y + 1, n: 1 } : { kind: "half", year: y, n: 2 };
    // After nine months comes the rest of the year: its last quarter.
    case "nine-months":
      return { kind: "quarter", year: y, n: 4 };
    case "annual":
      return { kind: "annual", year: y + 1 };
    case "custom": {
      const days = dayNumber(spec.to) - dayNumber(spec.from) + 1;
      const from = fromDayNumber(dayNumber(spec.to) + 1);
      const to = fromDayNumber(dayNumber(spec.to) + days);
      return { kind: "custom", year: Number(to.slice(0, 4)), from, to };
    }
  }
}

function label(spec: PeriodSpec): string {
  const y = spec.year;
  switch (spec.kind) {
    case "month":
      return `tháng ${spec.n} năm ${y}`;
    case "quarter":
      return `quý ${ROMAN[spec.n - 1]} năm ${y}`;
    case "half":
      return spec.n === 1 ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`;
    case "nine-months":
      return `9 tháng năm ${y}`;
    case "annual":
      return `năm ${y}`;
    case "custom":
      return `từ ngày ${short(spec.from)} đến ngày ${short(spec.to)}`;
  }
}

function key(spec: PeriodSpec): string {
  const y = spec.year;
  switch (spec.kind) {
    case "month":
      return `${y}-M${pad(spec.n)}`;
    case "quarter":
      return `${y}-Q${spec.n}`;
    case "half":
      return `${y}-H${spec.n}`;
    case "nine-months":
      return `${y}-9M`;
    case "annual":
      return `${y}`;
    case "custom":
      return `${spec.from}_${spec.to}`;
  }
}

/** "15/12/2021" from "2021-12-15", "14/3/2022" from "2022-03-14" (the decree's padding). */
export function short(isoDate: string): string {
  return formatShortDate(ymd(isoDate));
}

export const ymd = (isoDate: string): YMD => ({
  year: Number(isoDate.slice(0, 4)),
  month: Number(isoDate.slice(5, 7)),
  day: Number(isoDate.slice(8, 10)),
});

function dayNumber(isoDate: string): number {
  const { year, month, day } = ymd(isoDate);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function fromDayNumber(n: number): string {
  const d = new Date(n * 86_400_000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The sentence every report carries (NĐ 09/2019/NĐ-CP, Điều 12; docs/reporting.md §1). */
export function windowSentence(p: Period): string {
  return `Số liệu tính từ ngày ${short(p.from)} đến ngày ${short(p.to)}`;
}
