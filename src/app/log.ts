// `log add` and `log import` as library calls: load the plans and config (for the rules),
// build the entries, append them. Diagnostics about new entries point at the flag or the
// CSV row they came from.
import { basename, extname, join, relative, resolve } from "node:path";
import { loadProjectPlans } from "../check/project-plans.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { appendEntries } from "../logs/append-entries.js";
import { buildEntry, type EntryFields } from "../logs/entry-input.js";
import { readCsvEntries } from "../logs/import-csv.js";
import type { RuleContext } from "../logs/log-rules.js";
import { reportingYear } from "../logs/year-window.js";
import type { Project } from "../project/project.js";

export interface LogRun {
  diagnostics: Diagnostic[];
  written?: string;
  count: number;
}

/** The project's plans and config, for the log rules the new entries must pass. */
async function context(project: Project): Promise<{ root: string; rules: RuleContext; diagnostics: Diagnostic[] }> {
  const config = project.config();
  const found = project.plans();
  const plans = await loadProjectPlans(found.files, { cwd: project.cwd });
  return {
    root: project.root,
    rules: { plans: plans.byYear, unusable: plans.unusable, window: config.value.report.window },
    diagnostics: [...config.diagnostics, ...found.diagnostics],
  };
}

export async function logAdd(fields: EntryFields & { file?: string }, project: Project): Promise<LogRun> {
  const { cwd } = project;
  const built = buildEntry(fields);
  if (!built.entry) {
    return {
      count: 0,
      diagnostics: built.problems.map((p) => ({
        code: "log/add-invalid",
        severity: "error",
        message: `--${p.field}: ${p.message}`,
        hint: p.hint,
      })),
    };
  }
  const ctx = await context(project);
  const e = built.entry;
  const year = reportingYear(e.date, ctx.rules.window);
  const file =
    fields.file ??
    relative(
      cwd,
      join(ctx.root, "logs", String(ctx.rules.plans.has(year) ? year : Number(e.date.slice(0, 4))), `${e.unit ?? "chung"}.yaml`),
    );
  const res = await appendEntries(file, [e], {
    cwd,
    rules: ctx.rules,
    root: ctx.root,
    judge: project.judge,
    year: ctx.rules.plans.has(year) ? year : undefined,
    unit: e.unit,
  });
  const diagnostics = project.judge([...ctx.diagnostics, ...res.diagnostics.map((d) => toFlag(d))]);
  return { diagnostics, written: res.written, count: res.written ? 1 : 0 };
}

export async function logImport(csv: string, into: string | undefined, project: Project): Promise<LogRun> {
  const { cwd } = project;
  const path = resolve(cwd, csv);
  const shown = relative(cwd, path) || csv;
  const read = await readCsvEntries(path, shown);
  if (!read.value || (read.value.length === 0 && hasErrors(read.diagnostics))) return { count: 0, diagnostics: read.diagnostics };
  const ctx = await context(project);
  const rows = read.value;
  const file = into ?? relative(cwd, join(ctx.root, "logs", `${basename(csv, extname(csv))}.yaml`));
  const years = new Set(rows.map((r) => reportingYear(r.entry.date, ctx.rules.window)));
  const year = years.size === 1 && ctx.rules.plans.has([...years][0]) ? [...years][0] : undefined;
  const dryRun = hasErrors(read.diagnostics);
  const res = await appendEntries(
    file,
    rows.map((r) => r.entry),
    { cwd, root: ctx.root, rules: ctx.rules, judge: project.judge, year, dryRun },
  );
  // Pointers "/entries/N/…" of the new entries → "file.csv:<line>".
  const diagnostics = [
    ...ctx.diagnostics,
    ...read.diagnostics,
    ...res.diagnostics.map((d) => {
      const m = /^\/entries\/(\d+)/.exec(d.pointer ?? "");
      const row = m ? rows[Number(m[1])] : undefined;
      if (!row || d.file !== (relative(cwd, resolve(cwd, file)) || file)) return d;
      return { ...d, file: shown, line: row.line, column: undefined, pointer: undefined, message: `Dòng ${row.line}: ${d.message}` };
    }),
  ];
  diagnostics.sort((a, b) => (a.file === shown && b.file === shown ? (a.line ?? 0) - (b.line ?? 0) : 0));
  return { diagnostics: project.judge(diagnostics), written: res.written, count: res.written ? rows.length : 0 };
}

function toFlag(d: Diagnostic): Diagnostic {
  const m = /^\/entries\/0(?:\/([a-z]+))?/.exec(d.pointer ?? "");
  if (!m) return d;
  const { file: _f, pointer: _p, line: _l, column: _c, ...rest } = d;
  return { ...rest, message: `${m[1] ? `--${m[1] === "items" ? "item" : m[1] === "quantities" ? "quantity" : m[1]}: ` : ""}${d.message}` };
}
