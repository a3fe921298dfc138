// Loads a plan: YAML with positions → schema → the clerk's rules. Every problem is a diagnostic
// with file and line/column; `value` is the typed Plan when the schema accepted it.
//
// Speed (`check` should start about as fast as node itself): the text is first parsed with the
// fast path (fast-parse.ts, no positions). A plan with no diagnostic at all is done; otherwise
// the text is parsed again with the `yaml` package (load-yaml.ts) so every diagnostic carries its
// line and column and YAML problems are worded precisely.

import { isAbsolute, resolve as resolvePath } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import type { LoadedYaml } from "./load-yaml.js";
import { validatePlanSchema } from "./validate-plan.js";
import { checkPlanRules } from "../check/check-plan.js";
import { refineSpan } from "./refine-span.js";
import { valueAt } from "./schema-errors.js";
import { readSource } from "./read-source.js";
import { fastParse } from "./fast-parse.js";
import { normaliseStrings } from "./normalise.js";
import { displayPath } from "./display-path.js";

export interface LoadPlanOptions {
  cwd?: string;
}

export interface LoadedPlanFile {
  result: Result<Plan>;
  /** The file as shown to the user. */
  file: string;
  /** The decoded source, when the file could be read (for code frames). */
  text?: string;
}

export async function loadPlan(file: string, opts: LoadPlanOptions = {}): Promise<Result<Plan>> {
  return (await loadPlanFile(file, opts)).result;
}

export async function loadPlanFile(file: string, opts: LoadPlanOptions = {}): Promise<LoadedPlanFile> {
  const cwd = opts.cwd ?? process.cwd();
  const path = isAbsolute(file) ? file : resolvePath(cwd, file);
  const display = displayPath(path, file, cwd);
  const source = await readSource(path, display);
  if (!source.value) return { result: { diagnostics: source.diagnostics }, file: display };
  const text = source.value.text;
  if (source.diagnostics.length === 0) {
    const fast = await fastPlan(text, display);
    if (fast) return { result: fast, file: display, text };
  }
  const { parseYamlText } = await import("./load-yaml.js");
  const loaded = parseYamlText(text, display, [...source.diagnostics]);
  if (!loaded.value) return { result: { diagnostics: loaded.diagnostics }, file: display, text };
  return { result: planFromYaml(loaded.value, loaded.diagnostics), file: display, text };
}

/** The clean case without positions; undefined as soon as anything needs reporting. */
async function fastPlan(text: string, display: string): Promise<Result<Plan> | undefined> {
  const parsed = await fastParse(text);
  if (!parsed) return undefined;
  let found = false;
  const data = normaliseStrings(parsed.data, "", () => (found = true));
  if (found || validatePlanSchema(data).length > 0) return undefined;
  const plan = { ...(data as Plan), source: display };
  if (checkPlanRules(plan).length > 0) return undefined;
  return { value: plan, diagnostics: [] };
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
