// Adding up log entries (pure). Each entry counts once in a tally, whatever the number of
// plan items it serves; an item's tally holds every entry that names it.
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
