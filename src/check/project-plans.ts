// Every plan of the project, loaded and checked once per command: what logs are checked
// against, what `report` and `log` look item ids up in. A plan that exists but cannot be used
// (unreadable, broken YAML, wrong shape) is remembered as such, so that a log is never told
// "there is no plan" when the truth is that the plan has errors.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LoadPlanOptions } from "../load/load-plan.js";
import type { SourceFile } from "../load/source-file.js";
import type { PlanIndex } from "../logs/plan-index.js";
import { planIndex } from "../logs/plan-index.js";
import type { Plan } from "../model/plan.js";
import { loadAndCheckPlan } from "./check-plan-file.js";

export interface CheckedPlan {
  /** The path as given to the loader. */
  path: string;
  /** The file as shown to the user. */
  file: string;
  plan?: Plan;
  diagnostics: Diagnostic[];
  source?: SourceFile;
}

export interface ProjectPlans {
  /** Every plan file, in discovery order, with what was found in it. */
  files: CheckedPlan[];
  /** The plans that loaded (schema-valid), first of each year wins. */
  byYear: Map<number, PlanIndex>;
  /** Files of plans that exist but could not be loaded. */
  unusable: string[];
}

export async function loadProjectPlans(paths: readonly string[], opts: LoadPlanOptions): Promise<ProjectPlans> {
  const files: CheckedPlan[] = [];
  for (const path of paths) {
    const loaded = await loadAndCheckPlan(path, opts);
    files.push({ path, file: loaded.file, plan: loaded.result.value, diagnostics: loaded.result.diagnostics, source: loaded.source });
  }
  return indexPlans(files);
}

/** The index of plans already loaded. */
export function indexPlans(files: CheckedPlan[]): ProjectPlans {
  const byYear = new Map<number, PlanIndex>();
  const unusable: string[] = [];
  for (const f of files) {
    if (!f.plan) unusable.push(f.file);
    else if (!byYear.has(f.plan.year)) byYear.set(f.plan.year, planIndex(f.plan));
  }
  return { files, byYear, unusable };
}
