// Interface placeholder so `check` can dispatch log files while the activity-log module is built
// (issue "Activity logs and report"); that work replaces this body.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";

export interface LogCheckContext {
  cwd: string;
  /** Every plan loaded by the same `check` run (to resolve plan item ids). */
  plans: Plan[];
}

export async function checkLogFile(file: string, ctx: LogCheckContext): Promise<Diagnostic[]> {
  void file;
  void ctx;
  return [];
}
