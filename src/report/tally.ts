// Adding up log entries (pure). Each entry counts once in a tally, whatever the number of
// plan items it serves. An entry logged against several items counts as an activity of each,
// but its figures are credited once (docs/reporting.md §4): each quantity to the first item it
// names whose target has that measure (else to the first item it names), its cost, participants
// and reach to the first item it names. So no figure is counted twice across the items.
import { normaliseMeasure, type LogEntry } from "../logs/log-model.js";
import type { Tally } from "./report-model.js";
import { addQuantity } from "./number-text.js";

// Quantities are keyed by measures typed by clerks ("tin/bài", or "constructor"): no prototype,
// so a measure can never read or replace one of Object's own properties.
export const emptyTally = (): Tally => ({
  entries: 0,
  quantities: Object.create(null) as Record<string, number>,
  cost: 0,
  participants: 0,
  reach: 0,
});

export function addEntry(t: Tally, e: LogEntry): void {
  t.entries++;
  for (const q of e.quantities ?? []) {
    const m = normaliseMeasure(q.measure);
    t.quantities[m] = addQuantity(t.quantities[m] ?? 0, q.value);
  }
  t.cost += e.cost ?? 0;
  t.participants += e.participants ?? 0;
  t.reach += e.reach ?? 0;
}

/** The share of an entry one of its items is credited with (see the rule above). */
export interface Credit {
  quantities: { measure: string; value: number }[];
  /** Cost, participants and reach: the first item named. */
  rest: boolean;
}

export function addCredited(t: Tally, e: LogEntry, credit: Credit): void {
  t.entries++;
  for (const q of credit.quantities) t.quantities[q.measure] = addQuantity(t.quantities[q.measure] ?? 0, q.value);
  if (!credit.rest) return;
  t.cost += e.cost ?? 0;
  t.participants += e.participants ?? 0;
  t.reach += e.reach ?? 0;
}

/**
 * How an entry's figures are shared among the plan items it names (`ids`, in the entry's order,
 * only those in the plan): item id → its credit.
 */
export function credits(e: LogEntry, ids: readonly string[], measuresOfItem: (id: string) => ReadonlySet<string>): Map<string, Credit> {
  const out = new Map<string, Credit>(ids.map((id, i) => [id, { quantities: [], rest: i === 0 }]));
  for (const q of e.quantities ?? []) {
    const measure = normaliseMeasure(q.measure);
    const to = ids.find((id) => measuresOfItem(id).has(measure)) ?? ids[0];
    if (to !== undefined) out.get(to)!.quantities.push({ measure, value: q.value });
  }
  return out;
}

export function tallyOf(entries: Iterable<LogEntry>): Tally {
  const t = emptyTally();
  for (const e of entries) addEntry(t, e);
  return t;
}

/** Measures in a stable order (by name, Vietnamese collation). */
export function measuresOf(...tallies: Tally[]): string[] {
  const set = new Set<string>();
  for (const t of tallies) for (const m of Object.keys(t.quantities)) set.add(m);
  return [...set].sort((a, b) => a.localeCompare(b, "vi"));
}
