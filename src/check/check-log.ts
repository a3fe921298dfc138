// `cai-cach check` on an activity log: schema, then the log rules against the project's plans,
// every problem as a diagnostic with file:line:col. Reads the log with the fast path
// (read-log.ts).
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { RuleContext } from "../logs/log-rules.js";
import { logRules } from "../logs/log-rules.js";
import { locate } from "../logs/locate.js";
import { readLog } from "../logs/read-log.js";

/** `path` is the file to open, `shown` the file as the user sees it. */
export async function checkLogFile(path: string, shown: string, rules: RuleContext): Promise<Diagnostic[]> {
  const read = await readLog(path, shown);
  if (!read.value) return read.diagnostics;
  const found = logRules(read.value.log, shown, rules);
  // The reading's own warnings (load/utf16) come first, as for a plan.
  return [...read.diagnostics, ...locate(read.value.text, found)];
}
