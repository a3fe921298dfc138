// A plan from YAML already parsed with positions: the schema's detailed diagnostics, located.
// Loaded only when a plan needs reporting (load-plan.ts), or by `diff` for a git revision's text.
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import type { LoadedYaml } from "./load-yaml.js";
import { locateDiagnostics, sourceFile } from "./source-file.js";
import { validatePlanSchema } from "./validate-plan.js";

export function planFromYaml(yaml: LoadedYaml, earlier: Diagnostic[] = []): Result<Plan> {
  const schemaProblems = validatePlanSchema(yaml.data);
  const diagnostics = locateDiagnostics([...earlier, ...schemaProblems], sourceFile(yaml.file, yaml.text, yaml), yaml.data);
  if (hasErrors(schemaProblems)) return { diagnostics };
  return { value: { ...(yaml.data as Plan), source: yaml.file }, diagnostics };
}
