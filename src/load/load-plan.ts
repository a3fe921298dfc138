// Loads a plan: text → YAML → schema → the typed Plan, with its source for locating later
// diagnostics. Nothing here judges the plan beyond its shape: the clerk's rules are the check
// stage (src/check/check-plan-file.ts), which the use-cases call explicitly.
//
// Speed (`check` should start about as fast as node itself): the text is first parsed with the
// fast path (fast-parse.ts, no positions). A plan the schema accepts is done, and its source map
// is built only if a later diagnostic needs a line and column; otherwise the text is parsed again
// with the `yaml` package (load-yaml.ts) so every diagnostic carries its line and column and YAML
// problems are worded precisely.

import { isAbsolute, resolve as resolvePath } from "node:path";
import type { Result } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import { displayPath } from "./display-path.js";
import { fastParse } from "./fast-parse.js";
import { normaliseStrings } from "./normalise.js";
import { readSource } from "./read-source.js";
import { type SourceFile, sourceFile } from "./source-file.js";
import { isPlanShape } from "./plan-shape.js";

export interface LoadPlanOptions {
  cwd?: string;
}

export interface LoadedPlanFile {
  /** The typed plan when the schema accepted it; every reading, YAML and schema problem. */
  result: Result<Plan>;
  /** The file as shown to the user. */
  file: string;
  /** The decoded source, when the file could be read (for code frames and locating). */
  source?: SourceFile;
}

export async function loadPlanFile(file: string, opts: LoadPlanOptions = {}): Promise<LoadedPlanFile> {
  const cwd = opts.cwd ?? process.cwd();
  const path = isAbsolute(file) ? file : resolvePath(cwd, file);
  const display = displayPath(path, file, cwd);
  const read = await readSource(path, display);
  if (!read.value) return { result: { diagnostics: read.diagnostics }, file: display };
  const text = read.value.text;
  if (read.diagnostics.length === 0) {
    const fast = await fastPlan(text, display);
    if (fast) return { result: { value: fast, diagnostics: [] }, file: display, source: sourceFile(display, text) };
  }
  const { parseYamlText } = await import("./load-yaml.js");
  const { planFromYaml } = await import("./plan-from-yaml.js");
  const loaded = parseYamlText(text, display, [...read.diagnostics]);
  const source = sourceFile(display, text, loaded.value);
  if (!loaded.value) return { result: { diagnostics: loaded.diagnostics }, file: display, source };
  return { result: planFromYaml(loaded.value, loaded.diagnostics), file: display, source };
}

/** The clean case without positions; undefined as soon as anything needs reporting. */
async function fastPlan(text: string, display: string): Promise<Plan | undefined> {
  const parsed = await fastParse(text);
  if (!parsed) return undefined;
  let found = false;
  const data = normaliseStrings(parsed.data, "", () => {
    found = true;
  });
  if (found || !isPlanShape(data)) return undefined;
  return { ...(data as Plan), source: display };
}
