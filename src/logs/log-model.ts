// The typed activity log: what a valid logs/*.yaml holds once loaded.
// schemas/activity-log.schema.json is the contract; these types mirror it.

export interface Quantity {
  value: number;
  /** Unit of measure as the clerk wrote it, e.g. "tin/bài", "video", "tờ gấp", "buổi". */
  measure: string;
}

export interface LogEntry {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** Plan ids (sections, items, units' duties) this work served. */
  items: string[];
  /** Unit id; filled from the file's `unit` when the entry has none. */
  unit?: string;
  summary: string;
  quantities?: Quantity[];
  participants?: number;
  reach?: number;
  /** VND. */
  cost?: number;
  evidence?: string;
  note?: string;
}

export interface LogFile {
  /** True for the sample data shipped with cai-cach (never real figures). */
  sample?: boolean;
  year?: number;
  unit?: string;
  entries: LogEntry[];
}

/** An entry with where it came from, so every figure traces back to a file and an index. */
export interface SourcedEntry extends LogEntry {
  file: string;
  /** 0-based index in the file's `entries`. */
  index: number;
}

/**
 * One spelling per measure, so "tin, bài", "Tin/Bài" and "tin / bài" add up together.
 * The plan's targets and the logs are typed by different people.
 */
export function normaliseMeasure(measure: string): string {
  // Called for every quantity of every entry: a log has few distinct spellings, so remember them.
  let known = MEASURES.get(measure);
  if (known === undefined) {
    known = spell(measure);
    // Copies: a measure read from a log is a slice of that file's text, and a cached slice
    // would keep the whole file (tens of MB) alive after the report has moved on to the next.
    if (MEASURES.size < 10_000) {
      known = detach(known);
      MEASURES.set(detach(measure), known);
    }
  }
  return known;
}

const MEASURES = new Map<string, string>();

function spell(measure: string): string {
  return measure
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/\s*[,/]\s*/g, "/")
    .replace(/\s+/g, " ");
}

/**
 * A copy of a string that does not point into another one: V8 keeps a long substring as a slice
 * of its parent, so keeping a short id or summary could keep a whole parsed file alive.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, "utf8").toString("utf8");
}
