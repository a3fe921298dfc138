// Where the year stands on a given day (pure): the report due next with its window and
// deadline (docs/reporting.md §1, §2), the plan items behind schedule, the units with no entry in
// the current period. `cai-cach status` prints it; --ics turns the deadlines into a calendar.
import type { ReportData } from "./report-model.js";
import { type Period, type PeriodSpec, period, short, type WindowRule } from "./periods.js";

export interface DueReport {
  label: string;
  key: string;
  from: string;
  to: string;
  deadline: string;
  /** Days from today to the deadline (0 = today). */
  daysLeft: number;
  /** Other reports due the same day (6 tháng, năm). */
  alsoDue: string[];
}

export interface BehindItem {
  id: string;
  label: string;
  /** "quá hạn 30/9/2022" or "đạt 40% chỉ tiêu, đã qua 75% năm". */
  why: string;
}

export interface StatusData {
  today: string;
  year: number;
  current: { label: string; from: string; to: string };
  due?: DueReport;
  behind: BehindItem[];
  silentUnits: { id: string; name: string }[];
}

export const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Every periodic report of a year with a deadline: quarters, halves, the year (docs/reporting.md §2). */
export function yearReports(year: number, rule: WindowRule, deadlineDay: number): Period[] {
  const specs: PeriodSpec[] = [
    ...[1, 2, 3, 4].map((n) => ({ kind: "quarter" as const, year, n })),
    { kind: "half", year, n: 1 },
    { kind: "half", year, n: 2 },
    { kind: "annual", year },
  ];
  return specs.map((s) => period(s, rule, deadlineDay));
}

/** The quarter whose data window holds `today` (the next year's Q1 after the 14/12 cut-off). */
export function currentQuarter(today: string, rule: WindowRule, deadlineDay: number): Period {
  const y = +today.slice(0, 4);
  for (const year of [y, y + 1]) {
    for (const n of [1, 2, 3, 4]) {
      const p = period({ kind: "quarter", year, n }, rule, deadlineDay);
      if (today >= p.from && today <= p.to) return p;
    }
  }
  return period({ kind: "quarter", year: y, n: 4 }, rule, deadlineDay);
}

export function dueNext(today: string, reports: Period[]): DueReport | undefined {
  const upcoming = reports
    .filter((p) => p.deadline !== undefined && p.deadline >= today)
    .sort((a, b) => a.deadline!.localeCompare(b.deadline!));
  const first = upcoming[0];
  if (!first) return undefined;
  const same = upcoming.filter((p) => p.deadline === first.deadline && p !== first);
  return {
    label: first.label,
    key: first.key,
    from: first.from,
    to: first.to,
    deadline: first.deadline!,
    daysLeft: dayNumber(first.deadline!) - dayNumber(today),
    alsoDue: same.map((p) => p.label),
  };
}

/**
 * Behind schedule: a deadline passed without the item being done, or quantity targets reached
 * below the share of the year's window already elapsed (a recurring target is spread evenly).
 */
export function behindSchedule(data: ReportData, today: string): BehindItem[] {
  const start = dayNumber(data.period.yearStart);
  const end = dayNumber(`${data.plan.year}-12-14`);
  const elapsed = Math.min(1, Math.max(0, (dayNumber(today) - start) / (end - start)));
  const out: BehindItem[] = [];
  for (const i of data.items) {
    if (i.status === "done") continue;
    if (i.deadline !== undefined && i.deadline < today) {
      out.push({ id: i.id, label: i.label, why: `quá hạn ${short(i.deadline)}` });
      continue;
    }
    const t = i.targets.find((x) => x.target > 0 && x.done / x.target < elapsed);
    if (t && i.deadline === undefined)
      out.push({
        id: i.id,
        label: i.label,
        why: `đạt ${Math.round((t.done / t.target) * 100)}% chỉ tiêu ${t.measure}, đã qua ${Math.round(elapsed * 100)}% năm`,
      });
  }
  return out;
}
