// Finds and reads every activity log of the project (logs/**/*.yaml|yml|json), fast path.
// Entries are tagged in place with their file and index (no copies: 100,000 entries).
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourcedEntry } from "../logs/log-model.js";
import { readLog } from "../logs/read-log.js";

export interface LoadedLogs {
  entries: SourcedEntry[];
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

export async function loadLogs(paths: string[], cwd: string): Promise<LoadedLogs> {
  const result: LoadedLogs = { entries: [], files: [], sample: false, diagnostics: [] };
  for (const path of paths) {
    const shown = relative(cwd, path) || path;
    const read = await readLog(path, shown);
    result.diagnostics.push(...read.diagnostics);
    if (!read.value) continue;
    const { log } = read.value;
    result.files.push(shown);
    if (log.sample) result.sample = true;
    log.entries.forEach((e, index) => {
      const s = e as SourcedEntry;
      s.file = shown;
      s.index = index;
      if (s.unit === undefined && log.unit !== undefined) s.unit = log.unit;
      result.entries.push(s);
    });
  }
  return result;
}
