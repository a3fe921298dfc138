// `log list`, `log remove N`, `log undo`: fixing a mistake without editing YAML. Entries are
// numbered across the project's logs in discovery order (the Project's), so the number `log
// list` shows is the number `log remove` takes whatever the filters. Removal goes through the
// log writer of `log add` (logs/remove-entries.ts) and re-checks under the lock that the entry
// is still the one listed.
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LogEntry } from "../logs/log-model.js";
import { readLog } from "../logs/read-log.js";
import { removeEntries } from "../logs/remove-entries.js";
import { readLastWrite, clearLastWrite } from "../logs/last-write.js";
import { resolveUnit } from "../logs/plan-lookup.js";
import { loadProjectPlans } from "../check/project-plans.js";
import type { Project } from "../project/project.js";
import { period } from "../report/periods.js";
import { periodFromFlags, type PeriodFlags } from "../report/period-options.js";

export interface ListedEntry {
  number: number;
  file: string;
  index: number;
  entry: LogEntry;
}

export interface ListFilters extends PeriodFlags {
  unit?: string;
  item?: string;
}

async function allEntries(project: Project): Promise<{ entries: ListedEntry[]; diagnostics: Diagnostic[] }> {
  const found = project.logs();
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  const entries: ListedEntry[] = [];
  for (const path of found.files) {
    const file = project.show(path);
    const read = await readLog(path, file);
    diagnostics.push(...read.diagnostics);
    for (const [index, entry] of (read.value?.log.entries ?? []).entries())
      entries.push({ number: entries.length + 1, file, index, entry: { ...entry, unit: entry.unit ?? read.value!.log.unit } });
  }
  return { entries, diagnostics };
}

export async function listEntries(project: Project, f: ListFilters): Promise<{ entries: ListedEntry[]; diagnostics: Diagnostic[] }> {
  const all = await allEntries(project);
  let rows = all.entries;
  const wantsPeriod = [f.quarter, f.half, f.month, f.from, f.to].some((v) => v !== undefined) || f.annual || f.nineMonths;
  if (wantsPeriod) {
    const plans = await loadProjectPlans(project.plans().files, { cwd: project.cwd });
    const latest = plans.byYear.size ? Math.max(...plans.byYear.keys()) : undefined;
    const spec = periodFromFlags(f, latest);
    if (!spec.value) return { entries: [], diagnostics: [...all.diagnostics, ...spec.diagnostics] };
    const { window, deadlineDay } = project.config().value.report;
    const p = period(spec.value, window, deadlineDay);
    rows = rows.filter((r) => r.entry.date >= p.from && r.entry.date <= p.to);
  }
  if (f.unit !== undefined) {
    const plans = await loadProjectPlans(project.plans().files, { cwd: project.cwd });
    const ids = new Set([f.unit, ...[...plans.byYear.values()].map((p) => resolveUnit(f.unit!, p)).filter((u): u is string => !!u)]);
    rows = rows.filter((r) => r.entry.unit !== undefined && ids.has(r.entry.unit));
  }
  if (f.item !== undefined) rows = rows.filter((r) => r.entry.items.includes(f.item!));
  return { entries: rows, diagnostics: all.diagnostics };
}

export interface EditRun {
  diagnostics: Diagnostic[];
  written?: string;
  removed: LogEntry[];
}

export async function removeEntry(project: Project, numberText: string): Promise<EditRun> {
  const all = await allEntries(project);
  const n = /^\d+$/.test(numberText.trim()) ? Number(numberText) : Number.NaN;
  const target = all.entries.find((e) => e.number === n);
  if (!target) {
    const problem: Diagnostic = {
      code: "log/entry-not-found",
      severity: "error",
      message: `Không có mục nhật ký số "${numberText}" (các mục được đánh số từ 1 đến ${all.entries.length}).`,
      hint: "Xem số của mục bằng cai-cach log list (lọc bằng --unit, --item, --quarter…).",
    };
    return { diagnostics: [...all.diagnostics, problem], removed: [] };
  }
  const expected = JSON.stringify(target.entry);
  const res = await removeEntries(join(project.root, target.file), {
    cwd: project.cwd,
    root: project.root,
    choose: (entries) => {
      const now = entries[target.index];
      if (now && JSON.stringify({ ...now, unit: now.unit ?? target.entry.unit }) === expected) return [target.index];
      return changedMeanwhile(target.file);
    },
  });
  return { diagnostics: res.diagnostics, written: res.written, removed: res.removed ?? [] };
}

/** Removes the entries the last `log add` or `log import` wrote, if they are still the log's last. */
export async function undoLastWrite(project: Project): Promise<EditRun> {
  const last = readLastWrite(project.root);
  if (!last) {
    const problem: Diagnostic = {
      code: "log/nothing-to-undo",
      severity: "error",
      message: "Không có lần ghi nào (log add, log import) để hoàn tác.",
      hint: "Muốn xóa một mục cụ thể: cai-cach log list, rồi cai-cach log remove <số>.",
    };
    return { diagnostics: [problem], removed: [] };
  }
  const res = await removeEntries(join(project.root, last.file), {
    cwd: project.cwd,
    root: project.root,
    choose: (entries) => {
      const tail = entries.slice(entries.length - last.entries.length);
      if (tail.length !== last.entries.length || JSON.stringify(tail) !== JSON.stringify(last.entries)) return changedMeanwhile(last.file);
      return tail.map((_, i) => entries.length - last.entries.length + i);
    },
  });
  if (res.written) clearLastWrite(project.root);
  return { diagnostics: res.diagnostics, written: res.written, removed: res.removed ?? [] };
}

function changedMeanwhile(file: string): Diagnostic {
  return {
    code: "log/entry-not-found",
    severity: "error",
    file,
    message: "Tệp nhật ký đã thay đổi từ lần ghi hoặc lần liệt kê trước; không xóa gì để khỏi xóa nhầm mục.",
    hint: "Chạy lại cai-cach log list để xem số mới của mục.",
  };
}
