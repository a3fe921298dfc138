// `log add` and `log import` as library calls: load the plans and config (for the rules),
// build the entries, append them. Diagnostics about new entries point at the flag or the
// CSV row they came from.
import { existsSync, readdirSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import { loadConfig } from "../config/load-config.js";
import { loadAndCheckPlan } from "../check/check-plan-file.js";
import { projectRoot } from "../project/project-root.js";
import { plansByYear } from "../check/check-log.js";
import { appendEntries } from "../logs/append-entries.js";
import { buildEntry, type EntryFields } from "../logs/entry-input.js";
import { readCsvEntries } from "../logs/import-csv.js";
import { reportingYear } from "../logs/year-window.js";
import type { RuleContext } from "../logs/log-rules.js";

export interface LogRun {
  diagnostics: Diagnostic[];
  written?: string;
  count: number;
  exit: 0 | 1 | 2;
}

async function context(cwd: string): Promise<{ root: string; rules: RuleContext; diagnostics: Diagnostic[] }> {
  const root = projectRoot(cwd);
  const config = loadConfig(cwd);
  const plans: Plan[] = [];
  const diagnostics: Diagnostic[] = [...config.diagnostics];
  const dir = join(root, "plans");
  for (const name of existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort()
    : []) {
    const loaded = (await loadAndCheckPlan(join(dir, name), { cwd })).result;
    if (loaded.value) plans.push(loaded.value);
  }
  return { root, rules: { plans: plansByYear(plans), window: config.value?.report.window ?? "nd09" }, diagnostics };
}

export async function logAdd(fields: EntryFields & { file?: string }, cwd: string): Promise<LogRun> {
  const built = buildEntry(fields);
  if (!built.entry) {
    return {
      count: 0,
      exit: 1,
      diagnostics: built.problems.map((p) => ({
        code: "log/add-invalid",
        severity: "error",
        message: `--${p.field}: ${p.message}`,
        hint: p.hint,
      })),
    };
  }
  const ctx = await context(cwd);
  const e = built.entry;
  const year = reportingYear(e.date, ctx.rules.window);
  const file =
    fields.file ??
    relative(
      cwd,
      join(ctx.root, "logs", String(ctx.rules.plans.has(year) ? year : Number(e.date.slice(0, 4))), `${e.unit ?? "chung"}.yaml`),
    );
  const res = await appendEntries(file, [e], { cwd, rules: ctx.rules, year: ctx.rules.plans.has(year) ? year : undefined, unit: e.unit });
  const diagnostics = [...ctx.diagnostics, ...res.diagnostics.map((d) => toFlag(d))];
  return { diagnostics, written: res.written, count: res.written ? 1 : 0, exit: res.written ? 0 : exitFor(diagnostics) };
}

export async function logImport(csv: string, into: string | undefined, cwd: string): Promise<LogRun> {
  const path = resolve(cwd, csv);
  const shown = relative(cwd, path) || csv;
  const read = await readCsvEntries(path, shown);
  if (!read.value || (read.value.length === 0 && hasErrors(read.diagnostics)))
    return { count: 0, diagnostics: read.diagnostics, exit: read.diagnostics.some((d) => d.code === "log/csv-unreadable") ? 2 : 1 };
  const ctx = await context(cwd);
  const rows = read.value;
  const file = into ?? relative(cwd, join(ctx.root, "logs", `${basename(csv, extname(csv))}.yaml`));
  const years = new Set(rows.map((r) => reportingYear(r.entry.date, ctx.rules.window)));
  const year = years.size === 1 && ctx.rules.plans.has([...years][0]) ? [...years][0] : undefined;
  const dryRun = hasErrors(read.diagnostics);
  const res = await appendEntries(
    file,
    rows.map((r) => r.entry),
    { cwd, rules: ctx.rules, year, dryRun },
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
  return { diagnostics, written: res.written, count: res.written ? rows.length : 0, exit: res.written ? 0 : exitFor(diagnostics) };
}

function toFlag(d: Diagnostic): Diagnostic {
  const m = /^\/entries\/0(?:\/([a-z]+))?/.exec(d.pointer ?? "");
  if (!m) return d;
  const { file: _f, pointer: _p, line: _l, column: _c, ...rest } = d;
  return { ...rest, message: `${m[1] ? `--${m[1] === "items" ? "item" : m[1] === "quantities" ? "quantity" : m[1]}: ` : ""}${d.message}` };
}

const exitFor = (ds: Diagnostic[]): 1 | 2 =>
  ds.some((d) => d.code === "log/output-unwritable" || d.code === "log/unreadable" || d.code === "load/binary-file")
    ? 2
    : hasErrors(ds)
      ? 1
      : 1;
