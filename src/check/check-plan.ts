// The clerk's rules on a schema-valid plan (placeholder; rules land in src/check/rules/).
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";

export function checkPlanRules(plan: Plan): Diagnostic[] {
  void plan;
  return [];
}
