// Loads a plan: YAML with positions → schema → the clerk's rules. Every problem is a diagnostic
// with file and line/column; `value` is the typed Plan when the schema accepted it.

import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import { loadYamlFile, type LoadedYaml } from "./load-yaml.js";
import { validatePlanSchema } from "./validate-plan.js";
import { checkPlanRules } from "../check/check-plan.js";
import { refineSpan } from "./refine-span.js";
import { valueAt } from "./schema-errors.js";

export interface LoadPlanOptions {
  cwd?: string;
}

export async function loadPlan(file: string, opts: LoadPlanOptions = {}): Promise<Result<Plan>> {
  const loaded = await loadYamlFile(file, opts);
  if (!loaded.value) return { diagnostics: loaded.diagnostics };
  return planFromYaml(loaded.value, loaded.diagnostics);
}

/** Schema and rules on an already-parsed YAML file (also used by tests on text). */
export function planFromYaml(yaml: LoadedYaml, earlier: Diagnostic[] = []): Result<Plan> {
  const diagnostics: Diagnostic[] = [...earlier];
  const schemaProblems = validatePlanSchema(yaml.data);
  diagnostics.push(...schemaProblems);
  if (hasErrors(schemaProblems)) return { diagnostics: resolve(diagnostics, yaml) };
  const plan = { ...(yaml.data as Plan), source: yaml.file };
  diagnostics.push(...checkPlanRules(plan));
  return { value: plan, diagnostics: resolve(diagnostics, yaml) };
}

/** Fills file and line/column from each diagnostic's pointer (kept, so formatters can show it). */
function resolve(diagnostics: Diagnostic[], yaml: LoadedYaml): Diagnostic[] {
  let lines: string[] | undefined;
  return diagnostics.map((d) => {
    const withFile = d.file ? d : { ...d, file: yaml.file };
    if (withFile.line !== undefined || withFile.pointer === undefined) return withFile;
    let span = yaml.locate(withFile.pointer, withFile.atKey);
    const value = valueAt(yaml.data, withFile.pointer);
    if (withFile.within && typeof value === "string") {
      lines ??= yaml.text.split(/\r?\n/);
      span = refineSpan(span, lines, value, withFile.within);
    }
    return { ...withFile, ...span };
  });
}
