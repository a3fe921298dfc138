// `cai-cach check` on an activity log: schema, then the log rules, every problem as a
// diagnostic with file:line:col. Reads the log with the fast path (read-log.ts).
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import { relative, resolve } from "node:path";
import { loadConfig } from "../config/load-config.js";
import { readLog } from "../logs/read-log.js";
import { logRules } from "../logs/log-rules.js";
import { planIndex, type PlanIndex } from "../logs/plan-index.js";
import { locate } from "../logs/locate.js";

export interface LogCheckContext {
  cwd: string;
  /** Every plan loaded by the same `check` run (to resolve plan item ids). */
  plans: Plan[];
}

export async function checkLogFile(file: string, ctx: LogCheckContext): Promise<Diagnostic[]> {
  const path = resolve(ctx.cwd, file);
  const shown = relative(ctx.cwd, path) || file;
  const read = await readLog(path, shown);
  if (!read.value) return read.diagnostics;
  const window = loadConfig(ctx.cwd).value?.report.window ?? "nd09";
  const found = logRules(read.value.log, shown, { plans: plansByYear(ctx.plans), window });
  // The reading's own warnings (load/utf16) come first, as for a plan.
  return [...read.diagnostics, ...locate(read.value.text, found)];
}

export function plansByYear(plans: Plan[]): Map<number, PlanIndex> {
  const out = new Map<number, PlanIndex>();
  for (const p of plans) if (!out.has(p.year)) out.set(p.year, planIndex(p));
  return out;
}
