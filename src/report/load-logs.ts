// Finds and reads every activity log of the project (logs/**/*.yaml|yml|json), fast path.
// Entries are tagged in place with their file and index (no copies: 100,000 entries) and handed
// to `sink` one file at a time; nothing here keeps them, so once the sink has folded a file's
// entries into its totals the file's parsed data can be freed before the next one is read.
// A log whose figures cannot be summed (a negative quantity, a date that does not exist) is
// refused with the same diagnostics as `check`; the other log rules only warn in a report
// (unmatched entries are listed, never dropped).
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourcedEntry } from "../logs/log-model.js";
import { parseIsoDate } from "../util/vn-date.js";
import { readLog } from "../logs/read-log.js";
import { logRules, type RuleContext } from "../logs/log-rules.js";
import { locate } from "../logs/locate.js";
import type { LogFile } from "../logs/log-model.js";
import type { LogParseCache } from "../logs/parse-cache.js";
import { LARGE_LOG, releaseMemory } from "./release-memory.js";

/** Rule codes that make a log's figures wrong: the report stops (exit 1) as `check` would. */
const BLOCKING = new Set(["log/negative-quantity", "log/date-invalid"]);

/** Receives the (valid, non-blocked) entries of one log file, in order. */
export type EntrySink = (entries: SourcedEntry[]) => void;

export interface LoadedLogs {
  files: string[];
  sample: boolean;
  diagnostics: Diagnostic[];
}

export function findLogFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findLogFiles(path));
    else if (/\.(ya?ml|json)$/i.test(name)) out.push(path);
  }
  return out;
}

export async function loadLogs(
  paths: string[],
  cwd: string,
  sink: EntrySink,
  rules?: RuleContext,
  cache?: LogParseCache,
): Promise<LoadedLogs> {
  const result: LoadedLogs = { files: [], sample: false, diagnostics: [] };
  // One call per file: its parsed data lives only in loadOne's frame, so nothing (not even a
  // stale register of this suspended async loop) keeps it once the next file is being read.
  for (const path of paths) {
    const size = await loadOne(path, cwd, sink, result, rules, cache);
    if (size >= LARGE_LOG) releaseMemory();
  }
  return result;
}

/** Reads, checks and hands on one log file; returns its text length (0 when not read). */
async function loadOne(
  path: string,
  cwd: string,
  sink: EntrySink,
  result: LoadedLogs,
  rules?: RuleContext,
  cache?: LogParseCache,
): Promise<number> {
  const shown = relative(cwd, path) || path;
  const seen = await cache?.lookup(path);
  // A cached log is a clean one; one that may break a blocking rule is read again, for the text
  // its diagnostics point into.
  if (seen?.log && !(rules && suspect(seen.log))) return handOn(seen.log, shown, sink, result, seen.size);
  const read = await readLog(path, shown);
  result.diagnostics.push(...read.diagnostics);
  if (!read.value) return 0;
  const { log } = read.value;
  if (rules && suspect(log)) {
    const blocking = logRules(log, shown, rules).filter((d) => BLOCKING.has(d.code));
    if (blocking.length) {
      result.diagnostics.push(...locate(read.value.text, blocking));
      return read.value.text.length;
    }
  }
  if (seen && read.diagnostics.length === 0) await cache?.store(path, seen.hash, log);
  return handOn(log, shown, sink, result, read.value.text.length);
}

/** Tags the entries with their file and index and gives them to the sink; returns `size`. */
function handOn(log: LogFile, shown: string, sink: EntrySink, result: LoadedLogs, size = 0): number {
  result.files.push(shown);
  if (log.sample) result.sample = true;
  const unit = log.unit;
  log.entries.forEach((e, index) => {
    const s = e as SourcedEntry;
    s.file = shown;
    s.index = index;
    if (s.unit === undefined && unit !== undefined) s.unit = unit;
  });
  sink(log.entries as SourcedEntry[]);
  return size;
}

/** Cheap scan (100,000 entries): only a log that may break a blocking rule goes through logRules. */
function suspect(log: LogFile): boolean {
  const dates = new Set<string>();
  for (const e of log.entries) {
    if (e.quantities?.some((q) => q.value < 0)) return true;
    dates.add(e.date);
  }
  for (const d of dates) if (parseIsoDate(d) === undefined) return true;
  return false;
}
