// The plan as it stood at the end of a report's period (issue 13, docs/reporting.md): a report
// re-run after the plan changed must give the same figures, so the plan is read from the last
// git commit that touched the file on or before the period's last day. The working copy is used
// when the file is not in git, when no commit precedes the period's end, or when it has
// uncommitted changes and the period ends after HEAD's commit (those changes are the plan of
// the period). git runs through execFileSync with an argument vector: no shell.
import { execFileSync } from "node:child_process";
import { basename, dirname } from "node:path";
import { checkPlanFile } from "../check/check-plan-file.js";
import type { Result } from "../diagnostics/diagnostic.js";
import { gitShow } from "../diff/git-show.js";
import { parseYamlText } from "../load/load-yaml.js";
import { planFromYaml } from "../load/plan-from-yaml.js";
import { sourceFile } from "../load/source-file.js";
import type { Plan } from "../model/plan.js";

/** Which version of the plan a report used. */
export type PlanVersion =
  | { kind: "git"; commit: string; date: string }
  | { kind: "working-copy"; reason: "not-in-git" | "no-commit-before" | "uncommitted" };

const git = (args: string[], cwd: string): string =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

/** The version to use for `file` (absolute) in a period ending on `end` (ISO date). */
export function planVersionAt(file: string, end: string): PlanVersion {
  const cwd = dirname(file);
  const name = basename(file);
  let last: string;
  try {
    last = git(["log", "-1", "--format=%H%x09%cI", `--before=${end} 23:59:59`, "--", name], cwd);
  } catch {
    return { kind: "working-copy", reason: "not-in-git" };
  }
  if (!last) return { kind: "working-copy", reason: "no-commit-before" };
  const [commit, date] = last.split("\t");
  if (changedSinceHead(name, cwd) && headDate(cwd) <= end) return { kind: "working-copy", reason: "uncommitted" };
  return { kind: "git", commit: commit!, date: date!.slice(0, 10) };
}

function changedSinceHead(name: string, cwd: string): boolean {
  try {
    git(["diff", "--quiet", "HEAD", "--", name], cwd);
    return false;
  } catch {
    return true;
  }
}

/** HEAD's commit date (ISO day, the committer's own zone, as the period's dates are local). */
function headDate(cwd: string): string {
  return git(["log", "-1", "--format=%cI", "HEAD"], cwd).slice(0, 10);
}

/** The plan's text at `commit`, loaded and checked as a file would be. */
export async function planAtCommit(file: string, commit: string, display: string): Promise<Result<Plan>> {
  const shown = gitShow(commit, basename(file), dirname(file));
  if (typeof shown.value !== "string") return { diagnostics: shown.diagnostics };
  const name = `${commit.slice(0, 7)}:${display}`;
  const parsed = parseYamlText(shown.value, name);
  const source = sourceFile(name, shown.value, parsed.value);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  return checkPlanFile({ result: planFromYaml(parsed.value, parsed.diagnostics), file: name, source });
}

/** One line for the terminal: which plan the figures were computed against. */
export function planVersionLine(v: PlanVersion, file: string, end: string): string {
  const day = end.split("-").reverse().join("/");
  if (v.kind === "git") {
    return `Kế hoạch: ${file} theo phiên bản git ${v.commit.slice(0, 7)} (lưu ngày ${v.date.split("-").reverse().join("/")}), bản có hiệu lực ngày ${day}.\n`;
  }
  const why = {
    "not-in-git": "tệp không nằm trong kho git",
    "no-commit-before": `git chưa lưu phiên bản nào của tệp trước hết ngày ${day}`,
    uncommitted: "tệp có thay đổi chưa lưu vào git",
  }[v.reason];
  return `Kế hoạch: ${file}, bản đang có trong thư mục (${why}).\n`;
}
