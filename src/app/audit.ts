// `audit` as a use-case: each DOCX named (a folder: every .docx under it, found by the project's
// one discovery policy) read with the same refusals as every input (missing, a pipe, too large),
// judged against the decree (src/audit), the config's rule levels applied. The CLI prints the
// result through check's report path.
import { namedPaths } from "../project/named-paths.js";
import { resolve } from "node:path";
import { auditDocx } from "../audit/audit-docx.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { readSourceBytes } from "../load/read-source.js";
import { TYPE_NAMES } from "../model/document-type-names.js";
import { discover } from "../project/discover.js";
import type { Project } from "../project/project.js";

export interface AuditResult {
  diagnostics: Diagnostic[];
  /** The documents audited, as shown. */
  files: string[];
  /** Documents by the name of their type, in the order first met ("kế hoạch", "văn bản" when unknown). */
  types: { name: string; count: number }[];
}

export async function runAudit(paths: readonly string[], project: Project): Promise<AuditResult> {
  const diagnostics: Diagnostic[] = [];
  // Word's lock files ("~$…") are not documents: the Project's discovery leaves them out.
  const named = namedPaths(paths, project.cwd, (dir) => discover(dir, { extensions: [".docx"], show: project.show }));
  diagnostics.push(...named.diagnostics);
  // A path that is not there goes to the reader, which words why.
  const inputs = [...named.files, ...named.missing.map((given) => resolve(project.cwd, given))];
  const files: string[] = [];
  const types = new Map<string, number>();
  for (const path of inputs) {
    const shown = project.show(path);
    files.push(shown);
    const read = await readSourceBytes(path, shown);
    diagnostics.push(...read.diagnostics);
    if (!read.value) continue;
    const audited = auditDocx(read.value, shown);
    diagnostics.push(...audited.diagnostics);
    const type = audited.found?.type;
    const name = type ? TYPE_NAMES[type].toLocaleLowerCase("vi") : "văn bản";
    types.set(name, (types.get(name) ?? 0) + 1);
  }
  return { diagnostics: project.judge(diagnostics), files, types: [...types].map(([name, count]) => ({ name, count })) };
}

/** The line `audit` ends with: what was read and what was found. */
export function auditSummary(result: AuditResult): string {
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = result.diagnostics.length - errors;
  const what = result.types.length > 0 ? result.types.map((t) => `${t.count} ${t.name}`).join(", ") : "0 văn bản";
  if (errors > 0) return `✗ ${what}: ${errors} lỗi${warnings > 0 ? `, ${warnings} cảnh báo` : ""}.`;
  if (warnings > 0) return `✓ ${what}: đúng thể thức, ${warnings} cảnh báo.`;
  return `✓ ${what}: đúng thể thức Nghị định 30/2020/NĐ-CP.`;
}
