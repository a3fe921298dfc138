// The check stage for one plan file: what the loader found (reading, YAML, schema), then the
// clerk's rules on the typed plan, every diagnostic located in the file. Use-cases load and then
// check explicitly; `loadAndCheckPlan` is the two in one call, as every command needs them.
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { type LoadedPlanFile, type LoadPlanOptions, loadPlanFile } from "../load/load-plan.js";
import { locateDiagnostics } from "../load/source-file.js";
import type { Plan } from "../model/plan.js";
import { checkPlanRules } from "./check-plan.js";
import { numberTyped } from "./rules/number-typed.js";

/** The loader's diagnostics and the rules' ones, located; the plan when the schema accepted it. */
export async function checkPlanFile(loaded: LoadedPlanFile): Promise<Result<Plan>> {
  const plan = loaded.result.value;
  if (!plan || !loaded.source) return loaded.result;
  const found = [...checkPlanRules(plan), ...numberTyped(loaded.source.text)];
  if (found.length === 0) return loaded.result;
  const located: Diagnostic[] = locateDiagnostics(found, loaded.source, plan);
  return { value: plan, diagnostics: [...loaded.result.diagnostics, ...located] };
}

export interface CheckedPlanFile extends LoadedPlanFile {
  /** The plan (when its shape is right) and every problem: reading, YAML, schema, rules. */
  result: Result<Plan>;
}

export async function loadAndCheckPlan(file: string, opts: LoadPlanOptions = {}): Promise<CheckedPlanFile> {
  const loaded = await loadPlanFile(file, opts);
  return { ...loaded, result: await checkPlanFile(loaded) };
}

/** The plan and every problem found in it: loaded and checked. */
export async function loadPlan(file: string, opts: LoadPlanOptions = {}): Promise<Result<Plan>> {
  return (await loadAndCheckPlan(file, opts)).result;
}
