// The periods the dashboard offers (docs/reporting.md): each quarter, each half year, the year.
// A period is named in the page's address (?period=q1) and turned into the report's own flags.
import type { PeriodFlags } from "../../report/period-options.js";

export interface PeriodChoice {
  key: string;
  label: string;
  flags: PeriodFlags;
  /** The months (1–12) of the period, for the chart by month. */
  months: number[];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const PERIOD_CHOICES: readonly PeriodChoice[] = [
  ...[1, 2, 3, 4].map((n) => ({
    key: `q${n}`,
    label: `Quý ${["I", "II", "III", "IV"][n - 1]}`,
    flags: { quarter: String(n) },
    months: range(3 * n - 2, 3 * n),
  })),
  { key: "h1", label: "6 tháng đầu năm", flags: { half: "1" }, months: range(1, 6) },
  { key: "h2", label: "6 tháng cuối năm", flags: { half: "2" }, months: range(7, 12) },
  { key: "year", label: "Cả năm", flags: { annual: true }, months: range(1, 12) },
];

/** The choice named in the address, or the first quarter. */
export const periodChoice = (key: string | null): PeriodChoice => PERIOD_CHOICES.find((c) => c.key === key) ?? PERIOD_CHOICES[0];
