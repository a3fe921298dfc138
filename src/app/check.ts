// `check` as a library call: find the inputs, load every plan (schema + rules), then every log
// against those plans; apply the config's severities. The CLI only formats the result.
import { relative } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import { loadAndCheckPlan } from "../check/check-plan-file.js";
import { defaultConfig, findConfigFile } from "../config/config.js";
import { findInputs } from "../project/find-inputs.js";
import { projectRoot } from "../project/project-root.js";
import { isFatal } from "../diagnostics/codes.js";
import { applySeverities } from "../diagnostics/severities.js";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Source texts by displayed file name, for code frames. */
  sources: Map<string, string>;
  counts: { plans: number; logs: number };
  /** Some input could not be read at all (exit 2). */
  fatal: boolean;
}

export async function runCheck(paths: readonly string[], cwd: string): Promise<CheckResult> {
  const inputs = findInputs(paths, cwd);
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const plans: Plan[] = [];
  // Named paths that do not exist: the loader words the diagnostic.
  for (const given of inputs.missing) diagnostics.push(...(await loadAndCheckPlan(given, { cwd })).result.diagnostics);
  for (const file of inputs.plans) {
    const loaded = await loadAndCheckPlan(file, { cwd });
    if (loaded.source) sources.set(loaded.file, loaded.source.text);
    diagnostics.push(...loaded.result.diagnostics);
    if (loaded.result.value) plans.push(loaded.result.value);
  }
  if (inputs.logs.length > 0) {
    const { checkLogFile } = await import("../check/check-log.js");
    for (const file of inputs.logs) diagnostics.push(...(await checkLogFile(relative(cwd, file) || file, { cwd, plans })));
  }
  if (paths.length === 0 && inputs.plans.length + inputs.logs.length === 0) {
    diagnostics.push({
      code: "check/no-files",
      severity: "error",
      message: `Không tìm thấy kế hoạch (plans/*.yaml) hay nhật ký (logs/*.yaml) nào trong ${relative(cwd, projectRoot(cwd)) || "thư mục này"}.`,
      hint: "Chạy lệnh trong thư mục của kho kế hoạch, hoặc chỉ ra tệp: cai-cach check plans/ke-hoach.yaml",
    });
  }
  // The config loader needs the `yaml` package: load it only when there is a config file.
  const config = findConfigFile(cwd)
    ? (await import("../config/load-config.js")).loadConfig(cwd)
    : { value: defaultConfig(cwd), diagnostics: [] as Diagnostic[] };
  const configDiagnostics = config.diagnostics.length > 0 ? await locateConfig(config.diagnostics, cwd, sources) : [];
  const all = applySeverities([...configDiagnostics, ...diagnostics], config.value?.rules ?? {});
  return {
    diagnostics: all,
    sources,
    counts: { plans: inputs.plans.length, logs: inputs.logs.length },
    fatal: all.some((d) => isFatal(d.code)),
  };
}

/**
 * The config loader reports pointers only: give its diagnostics the file as the user sees it and
 * a line and column (the config is small; the `yaml` package is already needed to have read it).
 */
async function locateConfig(found: readonly Diagnostic[], cwd: string, sources: Map<string, string>): Promise<Diagnostic[]> {
  const { loadYamlFile } = await import("../load/load-yaml.js");
  const cache = new Map<string, Awaited<ReturnType<typeof loadYamlFile>>>();
  const out: Diagnostic[] = [];
  for (const d of found) {
    if (!d.file) {
      out.push(d);
      continue;
    }
    if (!cache.has(d.file)) cache.set(d.file, await loadYamlFile(d.file, { cwd }));
    const loaded = cache.get(d.file)!;
    const file = loaded.value?.file ?? (relative(cwd, d.file) || d.file);
    if (loaded.value) sources.set(file, loaded.value.text);
    const where = d.line === undefined && d.pointer !== undefined && loaded.value ? loaded.value.locate(d.pointer, d.atKey) : {};
    // A YAML syntax error in the config: the generic loader knows where it is.
    const syntax = d.pointer === "" && !loaded.value ? loaded.diagnostics.find((x) => x.line !== undefined) : undefined;
    out.push({
      ...d,
      file,
      ...where,
      ...(syntax ? { line: syntax.line, column: syntax.column, endLine: syntax.endLine, endColumn: syntax.endColumn } : {}),
    });
  }
  return out;
}
