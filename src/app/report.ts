// `report` as a library function: plans + logs + notes + config → the figures (ReportData)
// and the outputs asked for. No printing, no process: the CLI formats and sets the exit code.
import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import { loadConfig } from "../config/load-config.js";
import { projectRoot } from "../project/project-root.js";
import { loadAndCheckPlan } from "../check/check-plan-file.js";
import { planIndex } from "../logs/plan-index.js";
import { isFatal } from "../diagnostics/codes.js";
import { findLogFiles, loadLogs } from "../report/load-logs.js";
import { reportFromFold } from "../report/compile.js";
import { foldEntries, startFold } from "../report/fold.js";
import { nextSpec, period, previousSpec } from "../report/periods.js";
import { periodFromFlags, type PeriodFlags } from "../report/period-options.js";
import { loadNotes, type ReportNotes } from "../report/notes.js";
import type { ReportData } from "../report/report-model.js";
import type { ProjectConfig } from "../config/config.js";

export interface ReportInputs {
  data: ReportData;
  plan: Plan;
  notes?: ReportNotes;
  config: ProjectConfig;
  root: string;
}

export interface ReportRun {
  value?: ReportInputs;
  diagnostics: Diagnostic[];
  /** 1: the inputs have problems; 2: could not run. */
  exit: 0 | 1 | 2;
}

export interface ReportOptions extends PeriodFlags {
  cwd: string;
  /** A plan file; default: plans/*.yaml of the report's year. */
  plan?: string;
  /** Folder of logs; default logs/ at the project root. */
  logs?: string;
}

export async function prepareReport(opts: ReportOptions): Promise<ReportRun> {
  const root = projectRoot(opts.cwd);
  const diagnostics: Diagnostic[] = [];
  const config = loadConfig(opts.cwd);
  diagnostics.push(...config.diagnostics);
  if (!config.value || hasErrors(config.diagnostics)) return { diagnostics, exit: 2 };

  const planFiles = opts.plan ? [resolve(opts.cwd, opts.plan)] : listPlans(join(root, "plans"));
  const plans: Plan[] = [];
  for (const f of planFiles) {
    const loaded = (await loadAndCheckPlan(f, { cwd: opts.cwd })).result;
    if (loaded.value && !hasErrors(loaded.diagnostics)) plans.push(loaded.value);
    else diagnostics.push(...loaded.diagnostics.filter((d) => d.severity === "error"));
  }
  if (hasErrors(diagnostics)) return { diagnostics, exit: 1 };
  const latest = plans.length ? Math.max(...plans.map((p) => p.year)) : undefined;
  const spec = periodFromFlags(opts, latest);
  diagnostics.push(...spec.diagnostics);
  if (!spec.value) return { diagnostics, exit: 2 };
  const plan = opts.plan ? plans[0] : plans.find((p) => p.year === spec.value!.year);
  if (!plan) {
    diagnostics.push({
      code: "report/no-plan",
      severity: "error",
      message: `Không có kế hoạch năm ${spec.value.year} trong plans/.`,
      hint: plans.length
        ? `Các năm có kế hoạch: ${plans.map((p) => p.year).join(", ")}; chọn --year hoặc --plan.`
        : "Đặt tệp kế hoạch vào plans/ hoặc chỉ ra bằng --plan.",
    });
    return { diagnostics, exit: 2 };
  }
  const { window, deadlineDay } = config.value.report;
  const logDir = resolve(opts.cwd, opts.logs ?? join(root, "logs"));
  const index = planIndex(plan);
  const p = period(spec.value, window, deadlineDay);
  // Each log file is folded into running totals as soon as it is read (memory bounded by the
  // largest file, not by the whole log).
  const fold = startFold({ index, period: p, previous: period(previousSpec(spec.value), window, deadlineDay) });
  const logs = await loadLogs(findLogFiles(logDir), opts.cwd, (entries) => foldEntries(fold, entries), {
    plans: new Map([[plan.year, index]]),
    window,
  });
  diagnostics.push(...logs.diagnostics);
  // A log that cannot be read at all (binary, unreadable) is "could not run", as in check.
  if (hasErrors(logs.diagnostics)) return { diagnostics, exit: logs.diagnostics.some((d) => isFatal(d.code)) ? 2 : 1 };
  if (logs.files.length === 0) {
    diagnostics.push({
      code: "report/no-logs",
      severity: "warning",
      file: relative(opts.cwd, logDir) || logDir,
      message: "Không có tệp nhật ký hoạt động nào; mọi số liệu bằng 0.",
      hint: "Ghi nhật ký bằng cai-cach log add hoặc cai-cach log import.",
    });
  }
  const data = reportFromFold(fold, period(nextSpec(spec.value), window, deadlineDay), logs.sample);
  const notes = loadNotes(root, p.key, opts.cwd);
  diagnostics.push(...notes.diagnostics);
  if (hasErrors(notes.diagnostics)) return { diagnostics, exit: 1 };
  if (!notes.value) {
    diagnostics.push({
      code: "report/notes-missing",
      severity: "warning",
      file: relative(opts.cwd, join(root, "reports", "notes", `${p.key}.yaml`)),
      message: `Chưa có ghi chú đánh giá, kiến nghị cho ${p.label}; báo cáo ghi rõ các mục này cần bổ sung.`,
      hint: "Tạo tệp ghi chú (strengths, shortcomings, causes, tasks, requests…) theo mẫu trong logs/README.md (mục ghi chú báo cáo).",
    });
  }
  for (const [file, count] of countBy(data.unmatched.map((u) => u.source.replace(/#\d+$/, "")))) {
    diagnostics.push({
      code: "report/unmatched-entry",
      severity: "warning",
      file,
      message: `${count} mục nhật ký trong kỳ có mã mục kế hoạch hoặc đơn vị không có trong kế hoạch năm ${plan.year}; đã liệt kê riêng, không tính vào số liệu của mục đó.`,
      hint: "Chạy cai-cach check để xem từng mục và gợi ý sửa.",
    });
  }
  return { value: { data, plan, notes: notes.value, config: config.value, root }, diagnostics, exit: 0 };
}

function listPlans(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(dir, n));
}

function countBy(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
