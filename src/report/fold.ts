// The report's running totals (pure). Log entries are folded in one file at a time, so the
// report never holds more than one file's parsed entries (issue 6: 1M entries with memory that
// does not grow with the log). What is kept per entry is only what the outputs print: a
// "file#index" reference for traceability and, for an unmatched entry, its date, summary and ids.
// Each entry is placed in the period, the year to date and the previous period by its date,
// then added to every plan item it names, to its unit and to the totals.
import { detach, normaliseMeasure, type SourcedEntry } from "../logs/log-model.js";
import type { PlanIndex } from "../logs/plan-index.js";
import type { Period } from "./periods.js";
import type { Tally, Unmatched } from "./report-model.js";
import { addCredited, addEntry, credits, emptyTally } from "./tally.js";

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
  /** The period's entries by calendar month ("2022-01"), for the per-month sheet. */
  byMonth: Map<string, Tally>;
  /** Each item's target measures (the credit rule asks for them on every entry). */
  measures: Map<string, ReadonlySet<string>>;
}

export function startFold(input: FoldInput): ReportFold {
  return { ...input, byNode: new Map(), byUnit: new Map(), totals: acc(), unmatched: [], measures: new Map(), byMonth: new Map() };
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
    if (inPeriod) {
      const month = e.date.slice(0, 7);
      const t = fold.byMonth.get(month) ?? emptyTally();
      fold.byMonth.set(month, t);
      addEntry(t, e);
    }
    for (const a of [totals, get(byUnit, e.unit ?? "?")]) {
      if (inPeriod) {
        addEntry(a.period, e);
        if (a !== totals) a.sources.push(source);
      }
      if (inYear) addEntry(a.yearToDate, e);
      if (inPrev) addEntry(a.previous, e);
    }
    // Each item named: an activity of it; the figures credited once (tally.ts).
    const ids = e.items.length === 1 ? e.items : [...new Set(e.items.filter((id) => index.nodes.has(id)))];
    const shares = credits(e, ids, (id) => targetMeasures(fold, id));
    for (const [id, credit] of shares) {
      const a = get(byNode, id);
      if (inPeriod) {
        addCredited(a.period, e, credit);
        a.sources.push(source);
      }
      if (inYear) addCredited(a.yearToDate, e, credit);
      if (inPrev) addCredited(a.previous, e, credit);
    }
  }
  return fold;
}

/** The normalised measures of an item's quantity targets, worked out once per item. */
function targetMeasures(fold: ReportFold, id: string): ReadonlySet<string> {
  let found = fold.measures.get(id);
  if (!found) {
    found = new Set((fold.index.nodes.get(id)?.targets?.quantities ?? []).map((q) => normaliseMeasure(q.measure)));
    fold.measures.set(id, found);
  }
  return found;
}

function get(map: Map<string, Acc>, key: string): Acc {
  const found = map.get(key);
  if (found) return found;
  const a = acc();
  map.set(detach(key), a);
  return a;
}
