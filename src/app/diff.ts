// `cai-cach diff` as a library call: resolves the two versions (two files, or a git revision and
// a file, or one file against HEAD), loads both plans, and returns the Markdown summary.

import { leavesFolder } from "../util/leaves-folder.js";
import { existsSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import { loadPlanFile } from "../load/load-plan.js";
import { planFromYaml } from "../load/plan-from-yaml.js";
import { parseYamlText } from "../load/load-yaml.js";
import { resolveInput } from "../project/resolve-input.js";
import type { Project } from "../project/project.js";
import { gitShow } from "../diff/git-show.js";
import { diffPlan } from "../diff/diff-plan.js";
import { formatDiffMarkdown, formatNewPlanMarkdown } from "../diff/format-markdown.js";

export interface DiffOptions {
  project: Project;
}

const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();

/** `first second`: two files; `rev file`; or `file` alone (against HEAD). */
export async function diffVersions(first: string, second: string | undefined, opts: DiffOptions): Promise<Result<string>> {
  const { project } = opts;
  const { cwd } = project;
  // As for `render`: a bare file name not in the current folder is looked up in plans/.
  const locate = (arg: string): string => {
    const found = resolveInput(arg, project).value;
    return found === undefined ? arg : leavesFolder(relative(cwd, found)) ? found : relative(cwd, found);
  };
  if (second !== undefined) second = locate(second);
  if (second !== undefined && isFile(resolve(cwd, locate(first)))) {
    first = locate(first);
    const [before, after] = [await load(first, cwd), await load(second, cwd)];
    const diagnostics = [...before.diagnostics, ...after.diagnostics];
    if (!before.value || !after.value) return { diagnostics: fatal(diagnostics) };
    const changes = diffPlan(before.value, after.value);
    return {
      value: formatDiffMarkdown(changes, { before: before.value, after: after.value, beforeName: first, afterName: second }),
      diagnostics: [],
    };
  }
  const [rev, file] = second === undefined ? ["HEAD", locate(first)] : [first, second];
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  // git keeps no earlier version of a file outside the repository: say so, rather than let git's
  // refusal read as an unknown revision.
  if (leavesFolder(relative(project.root, abs))) return { diagnostics: [outsideRepository(file, project)] };
  const rel = relative(cwd, abs);
  const after = await load(file, cwd);
  if (!after.value) return { diagnostics: fatal(after.diagnostics) };
  const old = gitShow(rev, rel, cwd);
  if (old.value === undefined) return { diagnostics: old.diagnostics.map((d) => ({ ...d, file })) };
  const beforeName = `${rev}:${rel.split("\\").join("/")}`;
  if (old.value === null) return { value: formatNewPlanMarkdown(after.value, file, rev), diagnostics: [] };
  const parsed = parseYamlText(old.value, beforeName);
  const before = parsed.value ? planFromYaml(parsed.value, parsed.diagnostics) : { diagnostics: parsed.diagnostics };
  if (!before.value) return { diagnostics: fatal(before.diagnostics) };
  const changes = diffPlan(before.value, after.value);
  return { value: formatDiffMarkdown(changes, { before: before.value, after: after.value, beforeName, afterName: file }), diagnostics: [] };
}

async function load(file: string, cwd: string): Promise<Result<Plan>> {
  // Only the plans' values are compared: the clerk's rules are `check`'s job, not the diff's.
  return (await loadPlanFile(file, { cwd })).result;
}

/** Only the errors that kept a version from loading matter here; warnings are `check`'s job. */
function fatal(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error");
}

function outsideRepository(file: string, project: Project): Diagnostic {
  return {
    code: "diff/outside-repository",
    severity: "error",
    file,
    message: `Tệp "${file}" nằm ngoài kho kế hoạch (${project.root}), nên git không có phiên bản cũ của nó để so.`,
    hint: "So hai tệp với nhau (cai-cach diff cũ.yaml mới.yaml), hoặc chỉ ra một tệp trong kho, ví dụ plans/plan-2022.yaml.",
  };
}
