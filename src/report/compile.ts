// Activity logs + plan + period → the report's figures (pure; no I/O, no clock).
// The running totals are folded in by fold.ts (one log file at a time in a real run); this
// module turns them into the report: items in plan order, status, gaps, next tasks, budget.
// Entries whose ids are not in the plan are listed in `unmatched`, never silently dropped.
import { issuedByDecision, trackedTitle } from "../model/tracked-plan.js";
import { normaliseMeasure, type SourcedEntry } from "../logs/log-model.js";
import type { PlanIndex, PlanNode } from "../logs/plan-index.js";
import { short, type Period } from "./periods.js";
import type { Change, ItemReport, NextTask, ReportData, Status, Tally } from "./report-model.js";
import { emptyTally, measuresOf } from "./tally.js";
import { acc, foldEntries, startFold, type Acc, type ReportFold } from "./fold.js";
import { formatNumberVi } from "./number-text.js";

export interface CompileInput {
  index: PlanIndex;
  entries: Iterable<SourcedEntry>;
  period: Period;
  previous: Period;
  next: Period;
  sample?: boolean;
}

const FREQUENCY_TEXT: Record<string, string> = {
  continuous: "thường xuyên",
  monthly: "hằng tháng",
  quarterly: "hằng quý",
  "half-yearly": "6 tháng một lần",
  yearly: "hằng năm",
  once: "một lần",
  "ad-hoc": "khi có yêu cầu",
};
const RECURRING = new Set(["continuous", "monthly", "quarterly", "half-yearly"]);

export function compileReport(input: CompileInput): ReportData {
  const fold = foldEntries(startFold(input), input.entries);
  return reportFromFold(fold, input.next, input.sample ?? false);
}

/** The report's figures from running totals: `fold` has seen every log entry, in log order. */
export function reportFromFold(fold: ReportFold, next: Period, sample: boolean): ReportData {
  const { index, period: p, previous: prev, byNode, byUnit, totals, unmatched } = fold;
  const nodes = [...index.nodes.values()].sort((a, b) => a.order - b.order);
  const items = nodes
    .filter((n) => n.targets || byNode.get(n.id)?.yearToDate.entries)
    .map((n) => itemReport(n, byNode.get(n.id) ?? acc(), p, index));
  const formRoot = nodes.find((n) => n.id === "hinh-thuc" || /^hình thức/i.test(n.label));
  const units = new Map((index.plan.units ?? []).map((u) => [u.id, u.name]));
  return {
    plan: {
      number: index.plan.number,
      code: index.plan.code,
      date: index.plan.date,
      year: index.plan.year,
      title: trackedTitle(index.plan),
      // Only for a plan issued by a Quyết định, so the JSON of a stand-alone plan is unchanged.
      ...(issuedByDecision(index.plan) ? { byDecision: true } : {}),
      source: index.plan.source,
    },
    period: p,
    previousPeriod: prev,
    nextPeriod: next,
    sample,
    items,
    totals: { period: totals.period, yearToDate: totals.yearToDate, previous: totals.previous },
    // No comparison with a period that has no data: "tăng 93 tin/bài" against nothing logged says nothing.
    byMeasure: totals.previous.entries > 0 ? changes(totals.period, totals.previous) : [],
    byForm: formRoot
      ? nodes
          .filter((n) => n.ancestors.includes(formRoot.id))
          .map((n) => ({
            id: n.id,
            label: n.label,
            period: byNode.get(n.id)?.period ?? emptyTally(),
            yearToDate: byNode.get(n.id)?.yearToDate ?? emptyTally(),
          }))
      : [],
    byUnit: [...byUnit.entries()]
      .sort(([a], [b]) => unitOrder(index, a) - unitOrder(index, b) || a.localeCompare(b))
      .map(([id, a]) => ({ id, name: units.get(id) ?? `(không rõ: ${id})`, period: a.period, yearToDate: a.yearToDate })),
    byMonth: [...fold.byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, period]) => ({ month, period })),
    budget: {
      planned: nodes.reduce((s, n) => s + (n.targets?.budget ?? 0), 0),
      plannedUsed: nodes.reduce((s, n) => s + (n.targets?.budget ? (byNode.get(n.id)?.yearToDate.cost ?? 0) : 0), 0),
      period: totals.period.cost,
      yearToDate: totals.yearToDate.cost,
    },
    gaps: items
      .filter((i) => i.targets.length + (i.frequency || i.deadline ? 1 : 0) > 0 && i.period.entries === 0 && i.status !== "done")
      .map((i) => ({ id: i.id, label: i.title })),
    next: items.map((i) => nextTask(i, next)).filter((t): t is NextTask => t !== undefined),
    unmatched,
  };
}

function unitOrder(index: PlanIndex, id: string): number {
  const i = (index.plan.units ?? []).findIndex((u) => u.id === id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

function itemReport(n: PlanNode, a: Acc, p: Period, index: PlanIndex): ItemReport {
  const targets = (n.targets?.quantities ?? []).map((q) => {
    const measure = normaliseMeasure(q.measure);
    const done = a.yearToDate.quantities[measure] ?? 0;
    return { measure, target: q.value, done, ratio: q.value > 0 ? done / q.value : 1 };
  });
  // Reported under its enclosing section, with that section's own heading; a top-level section
  // with targets of its own is its own group.
  const parent = index.nodes.get(n.ancestors[n.ancestors.length - 1] ?? "") ?? n;
  return {
    id: n.id,
    // Tables print the plan's short name when it gives one, else the full name: never a cut one.
    label: n.shortName ?? n.title,
    title: n.title,
    number: n.number,
    group: { id: parent.id, heading: parent.title },
    ancestors: n.ancestors,
    units: n.units,
    period: a.period,
    yearToDate: a.yearToDate,
    previous: a.previous,
    targets,
    deadline: n.targets?.deadline,
    frequency: n.targets?.frequency,
    budget: n.targets?.budget,
    status: status(targets, n.targets?.deadline, n.targets?.frequency, a.yearToDate.entries, p),
    sources: a.sources,
  };
}

/**
 * done: every quantity target reached (or, with none, a one-off task carried out);
 * overdue: the deadline is on or before the period's end and it is not done;
 * in progress: some activity in the year; not started: none.
 */
export function status(
  targets: { done: number; target: number }[],
  deadline: string | undefined,
  frequency: string | undefined,
  yearEntries: number,
  p: Period,
): Status {
  const done =
    targets.length > 0
      ? targets.every((t) => t.done >= t.target)
      : frequency === "once" || deadline !== undefined
        ? yearEntries > 0
        : false;
  if (done) return "done";
  if (deadline !== undefined && deadline <= p.to) return "overdue";
  return yearEntries > 0 ? "in-progress" : "not-started";
}

function nextTask(i: ItemReport, next: Period): NextTask | undefined {
  if (i.status === "done") return undefined;
  const reasons: string[] = [];
  if (i.deadline !== undefined && i.deadline < next.from) reasons.push(`quá hạn ${short(i.deadline)}`);
  else if (i.deadline !== undefined && i.deadline <= next.to) reasons.push(`hạn ${short(i.deadline)}`);
  if (i.frequency && RECURRING.has(i.frequency)) reasons.push(FREQUENCY_TEXT[i.frequency]);
  const remaining = i.targets.filter((t) => t.done < t.target).map((t) => `còn ${fmt(t.target - t.done)}/${fmt(t.target)} ${t.measure}`);
  if (reasons.length > 0 || (i.deadline === undefined && remaining.length > 0)) reasons.push(...remaining);
  return reasons.length ? { id: i.id, label: i.title, reasons } : undefined;
}

function changes(now: Tally, before: Tally): Change[] {
  return measuresOf(now, before).map((measure) => {
    const a = now.quantities[measure] ?? 0;
    const b = before.quantities[measure] ?? 0;
    return { measure, period: a, previous: b, delta: a - b, ...(b > 0 ? { percent: Math.round(((a - b) / b) * 1000) / 10 } : {}) };
  });
}

/** Vietnamese number: 1.500.000 (dot thousands separator), decimals with a comma. */
/** A figure as the report prints it (number-text.ts): "1.234.567", "2,5". */
export function fmt(n: number): string {
  return formatNumberVi(n);
}

export { FREQUENCY_TEXT };
