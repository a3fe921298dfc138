// `log add` and `log import` as library calls: load the plans and config (for the rules),
// build the entries, append them. Diagnostics about new entries point at the flag or the
// CSV row they came from.
import { basename, extname, join, relative, resolve } from "node:path";
import { loadProjectPlans } from "../check/project-plans.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { appendEntries } from "../logs/append-entries.js";
import { buildEntry, type EntryFields } from "../logs/entry-input.js";
import { completeFields } from "../logs/complete-fields.js";
import { recordLastWrite } from "../logs/last-write.js";
import { atCell, readSpreadsheetEntries } from "../logs/import-spreadsheet.js";
import type { RuleContext } from "../logs/log-rules.js";
import { reportingYear } from "../logs/year-window.js";
import type { Project } from "../project/project.js";

export interface LogRun {
  diagnostics: Diagnostic[];
  written?: string;
  count: number;
  /** Entries the log already held (a spreadsheet imported again): left out. */
  skipped?: number;
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
  const ctx = await context(project);
  const built = buildEntry(completeFields(fields, ctx.rules));
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
  if (res.written) await recordLastWrite(ctx.root, resolve(cwd, file), [e]);
  return { diagnostics, written: res.written, count: res.written ? 1 : 0 };
}

export async function logImport(csv: string, into: string | undefined, project: Project, unit?: string): Promise<LogRun> {
  const { cwd } = project;
  const path = resolve(cwd, csv);
  const shown = relative(cwd, path) || csv;
  const ctx = await context(project);
  // Each row completed with what its plan knows (unit names, a bare number's measure).
  const complete = (f: EntryFields): EntryFields => completeFields(f.unit?.trim() || unit === undefined ? f : { ...f, unit }, ctx.rules);
  const read = await readSpreadsheetEntries(path, shown, complete);
  if (!read.value || (read.value.length === 0 && hasErrors(read.diagnostics))) return { count: 0, diagnostics: read.diagnostics };
  const rows = read.value;
  const file = into ?? relative(cwd, join(ctx.root, "logs", `${basename(csv, extname(csv))}.yaml`));
  const years = new Set(rows.map((r) => reportingYear(r.entry.date, ctx.rules.window)));
  const year = years.size === 1 && ctx.rules.plans.has([...years][0]) ? [...years][0] : undefined;
  const dryRun = hasErrors(read.diagnostics);
  const res = await appendEntries(
    file,
    rows.map((r) => r.entry),
    { cwd, root: ctx.root, rules: ctx.rules, judge: project.judge, year, dryRun, skipExisting: true },
  );
  const skipped = res.skipped ?? 0;
  // Pointers "/entries/N/…" of the new entries → "file.csv:<line>".
  const diagnostics = [
    ...ctx.diagnostics,
    ...read.diagnostics,
    ...res.diagnostics.map((d) => {
      const m = /^\/entries\/(\d+)/.exec(d.pointer ?? "");
      const row = m ? rows[Number(m[1])] : undefined;
      if (!row || d.file !== (relative(cwd, resolve(cwd, file)) || file)) return d;
      const placed = {
        ...d,
        file: shown,
        line: row.line,
        column: undefined,
        pointer: undefined,
        message: `Dòng ${row.line}: ${d.message}`,
      };
      return read.textLines ? placed : atCell(placed);
    }),
  ];
  diagnostics.sort((a, b) => (a.file === shown && b.file === shown ? (a.line ?? 0) - (b.line ?? 0) : 0));
  const count = res.written ? rows.length - skipped : 0;
  if (res.written && res.appended) await recordLastWrite(ctx.root, resolve(cwd, file), res.appended);
  return { diagnostics: project.judge(diagnostics), written: res.written, count, skipped };
}

function toFlag(d: Diagnostic): Diagnostic {
  const m = /^\/entries\/0(?:\/([a-z]+))?/.exec(d.pointer ?? "");
  if (!m) return d;
  const { file: _f, pointer: _p, line: _l, column: _c, ...rest } = d;
  return { ...rest, message: `${m[1] ? `--${m[1] === "items" ? "item" : m[1] === "quantities" ? "quantity" : m[1]}: ` : ""}${d.message}` };
}

/** `log import --template FILE`: an .xlsx with the plan's ids and units as drop-down lists. */
export async function logTemplate(out: string, year: string | undefined, project: Project): Promise<LogRun> {
  const ctx = await context(project);
  const years = [...ctx.rules.plans.keys()];
  const chosen = year !== undefined ? Number(year) : years.length ? Math.max(...years) : undefined;
  const plan = chosen === undefined ? undefined : ctx.rules.plans.get(chosen);
  if (!plan) {
    const problem: Diagnostic = {
      code: "log/plan-required",
      severity: "error",
      message: `Không có kế hoạch${chosen === undefined ? "" : ` năm ${chosen}`} đọc được để lập mẫu nhập.`,
      hint: "Đặt kế hoạch của năm vào plans/ (cai-cach check để xem lỗi), rồi chạy lại.",
    };
    return { count: 0, diagnostics: [...ctx.diagnostics, problem] };
  }
  const { importTemplate } = await import("../logs/import-template.js");
  const { atomicWrite } = await import("../util/atomic-write.js");
  const path = resolve(project.cwd, out);
  try {
    await atomicWrite(path, await importTemplate(plan));
  } catch (err) {
    const problem: Diagnostic = {
      code: "log/xlsx-unreadable",
      severity: "error",
      file: project.show(path),
      message: `Không ghi được tệp mẫu (${(err as NodeJS.ErrnoException).code ?? "lỗi ghi"}).`,
      hint: "Chọn thư mục có quyền ghi, hoặc đóng tệp đang mở trong Excel.",
    };
    return { count: 0, diagnostics: [...ctx.diagnostics, problem] };
  }
  return { count: 0, diagnostics: project.judge(ctx.diagnostics), written: project.show(path) };
}
