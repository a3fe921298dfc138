// The report's running totals (pure). Log entries are folded in one file at a time, so the
// report never holds more than one file's parsed entries (issue 6: 1M entries with memory that
// does not grow with the log). What is kept per entry is only what the outputs print: a
// "file#index" reference for traceability and, for an unmatched entry, its date, summary and ids.
// Each entry is placed in the period, the year to date and the previous period by its date,
// then added to every plan item it names, to its unit and to the totals.
import { detach, type SourcedEntry } from "../logs/log-model.js";
import type { PlanIndex } from "../logs/plan-index.js";
import type { Period } from "./periods.js";
import type { Tally, Unmatched } from "./report-model.js";
import { addEntry, emptyTally } from "./tally.js";

export interface Acc {
  period: Tally;
  yearToDate: Tally;
  previous: Tally;
  /** Entries counted in the period, "file#index". */
  sources: string[];
}
export const acc = (): Acc => ({ period: emptyTally(), yearToDate: emptyTally(), previous: emptyTally(), sources: [] });

export interface FoldInput {
  index: PlanIndex;
  period: Period;
  previous: Period;
}

export interface ReportFold extends FoldInput {
  byNode: Map<string, Acc>;
  byUnit: Map<string, Acc>;
  totals: Acc;
  unmatched: Unmatched[];
}

export function startFold(input: FoldInput): ReportFold {
  return { ...input, byNode: new Map(), byUnit: new Map(), totals: acc(), unmatched: [] };
}

/** Adds entries (in log order) to the running totals; returns the same fold. */
export function foldEntries(fold: ReportFold, entries: Iterable<SourcedEntry>): ReportFold {
  const { index, period: p, previous: prev, byNode, byUnit, totals, unmatched } = fold;
  for (const e of entries) {
    const inPeriod = e.date >= p.from && e.date <= p.to;
    const inYear = e.date >= p.yearStart && e.date <= p.to;
    const inPrev = e.date >= prev.from && e.date <= prev.to;
    if (!inPeriod && !inYear && !inPrev) continue;
    const source = `${e.file}#${e.index}`;
    const unknown = e.items.filter((id) => !index.nodes.has(id));
    const unitUnknown = e.unit === undefined || !index.unitIds.has(e.unit);
    if (inPeriod && (unknown.length > 0 || unitUnknown)) {
      unmatched.push({
        source,
        date: detach(e.date),
        summary: detach(e.summary),
        ids: unknown.map((id) => detach(id)),
        ...(unitUnknown ? { unit: detach(e.unit ?? "") } : {}),
      });
    }
    // An entry none of whose ids is in the plan counts nowhere (it is listed above instead).
    if (unknown.length === e.items.length) continue;
    const targets = [totals, get(byUnit, e.unit ?? "?"), ...e.items.filter((id) => index.nodes.has(id)).map((id) => get(byNode, id))];
    for (const a of targets) {
      if (inPeriod) {
        addEntry(a.period, e);
        if (a !== totals) a.sources.push(source);
      }
      if (inYear) addEntry(a.yearToDate, e);
      if (inPrev) addEntry(a.previous, e);
    }
  }
  return fold;
}

function get(map: Map<string, Acc>, key: string): Acc {
  const found = map.get(key);
  if (found) return found;
  const a = acc();
  map.set(detach(key), a);
  return a;
}
