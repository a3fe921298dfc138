// `check` as a use-case: the inputs come from the Project (every plan, log and notes file, or the
// files and folders named), each is loaded and checked, logs always against the project's plans
// (a log checked alone, as the pre-commit hook does, still has its item ids looked up), and the
// config's severities are applied. The CLI only formats the result and sets the exit code.
import { namedPaths } from "../project/named-paths.js";
import { relative, resolve } from "node:path";
import { type CheckedPlan, indexPlans, loadProjectPlans } from "../check/project-plans.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { TYPE_NAMES } from "../model/document-type-names.js";
import type { InputKind, Project } from "../project/project.js";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Source texts by displayed file name, for code frames. */
  sources: Map<string, string>;
  counts: { plans: number; logs: number; notes: number; types?: { name: string; count: number }[] };
}

interface Inputs {
  /** Paths the user named that are not there or cannot be read: the plan loader words why. */
  missing: string[];
  plans: string[];
  logs: string[];
  notes: string[];
  diagnostics: Diagnostic[];
}

export async function runCheck(paths: readonly string[], project: Project): Promise<CheckResult> {
  const inputs = findInputs(paths, project);
  const diagnostics: Diagnostic[] = [...inputs.diagnostics];
  const sources = new Map<string, string>();
  const opts = { cwd: project.cwd };

  const named = (await loadProjectPlans([...inputs.missing, ...inputs.plans], opts)).files;
  for (const plan of named) {
    if (plan.source) sources.set(plan.file, plan.source.text);
    diagnostics.push(...plan.diagnostics);
  }
  if (inputs.logs.length > 0) {
    const rules = { ...(await plansForLogs(project, named, diagnostics)), window: project.config().value.report.window };
    // Loaded only when there are logs: the log locator needs the `yaml` package, which a plan-only
    // `check` never loads.
    const { checkLogFile } = await import("../check/check-log.js");
    for (const file of inputs.logs) diagnostics.push(...(await checkLogFile(file, project.show(file), rules)));
  }
  if (inputs.notes.length > 0) {
    const { checkNotesFile } = await import("./check-notes.js");
    for (const file of inputs.notes) {
      const checked = await checkNotesFile(file, project);
      if (checked.text !== undefined) sources.set(project.show(file), checked.text);
      diagnostics.push(...checked.diagnostics);
    }
  }
  if (paths.length === 0 && inputs.plans.length + inputs.logs.length + inputs.notes.length === 0) {
    diagnostics.push({
      code: "check/no-files",
      severity: "error",
      message: `Không tìm thấy kế hoạch (plans/*.yaml) hay nhật ký (logs/*.yaml) nào trong ${relative(project.cwd, project.root) || "thư mục này"}.`,
      hint: "Chạy lệnh trong thư mục của kho kế hoạch, hoặc chỉ ra tệp: cai-cach check plans/ke-hoach.yaml",
    });
  }
  const config = project.config();
  const configDiagnostics = config.diagnostics.length > 0 ? await locateConfig(config.diagnostics, project, sources) : [];
  return {
    diagnostics: project.judge([...configDiagnostics, ...diagnostics]),
    sources,
    counts: {
      plans: inputs.plans.length,
      logs: inputs.logs.length,
      notes: inputs.notes.length,
      types: typeCounts(named.filter((p) => inputs.plans.includes(p.path))),
    },
  };
}

/**
 * The documents checked by the name of their type ("kế hoạch", "quyết định", "công văn"), in
 * the order first met; a file whose type could not be read counts as a kế hoạch (plans/ holds them).
 */
function typeCounts(plans: readonly CheckedPlan[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of plans) {
    const name = (p.plan ? TYPE_NAMES[p.plan.type] : TYPE_NAMES.KH).toLocaleLowerCase("vi");
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count }));
}

/** Every input of the project, or those named (files by their folder, folders walked). */
function findInputs(paths: readonly string[], project: Project): Inputs {
  const inputs: Inputs = { missing: [], plans: [], logs: [], notes: [], diagnostics: [] };
  const add = (file: string, kind: InputKind): void => {
    (kind === "plan" ? inputs.plans : kind === "log" ? inputs.logs : inputs.notes).push(file);
  };
  if (paths.length === 0) {
    for (const [kind, found] of [
      ["plan", project.plans()],
      ["log", project.logs()],
      ["notes", project.notes()],
    ] as const) {
      inputs.diagnostics.push(...found.diagnostics);
      for (const file of found.files) add(file, kind);
    }
    return inputs;
  }
  const named = namedPaths(paths, project.cwd, (dir) => project.inputsUnder(dir));
  inputs.diagnostics.push(...named.diagnostics);
  inputs.missing.push(...named.missing);
  for (const file of named.files) add(file, project.kindOf(file));
  return inputs;
}

/**
 * The project's plans for checking logs, reusing those this run already loaded; discovery's own
 * problems (an unreadable plans/ folder) are reported, so a missing plan is never a silent one.
 */
async function plansForLogs(project: Project, named: CheckedPlan[], diagnostics: Diagnostic[]) {
  const byPath = new Map(named.map((p) => [resolve(project.cwd, p.path), p]));
  const discovered = project.plans();
  if (named.length === 0) diagnostics.push(...discovered.diagnostics);
  const rest = discovered.files.filter((f) => !byPath.has(f));
  for (const p of (await loadProjectPlans(rest, { cwd: project.cwd })).files) byPath.set(p.path, p);
  const { byYear, unusable } = indexPlans([...byPath.values()]);
  return { plans: byYear, unusable };
}

/**
 * The config loader reports pointers: give its diagnostics a line and column, and its text to the
 * code frames (the config is small; the `yaml` package is already needed to have read it).
 */
async function locateConfig(found: readonly Diagnostic[], project: Project, sources: Map<string, string>): Promise<Diagnostic[]> {
  const { loadYamlFile } = await import("../load/load-yaml.js");
  const cache = new Map<string, Awaited<ReturnType<typeof loadYamlFile>>>();
  const out: Diagnostic[] = [];
  for (const d of found) {
    if (!d.file) {
      out.push(d);
      continue;
    }
    if (!cache.has(d.file)) cache.set(d.file, await loadYamlFile(d.file, { cwd: project.cwd }));
    const loaded = cache.get(d.file)!;
    const file = loaded.value?.file ?? project.show(resolve(project.cwd, d.file));
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
