// `report` as a library function: plans + logs + notes + config → the figures (ReportData)
// and the outputs asked for. No printing, no process: the CLI formats and sets the exit code.
import { join, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import type { Project } from "../project/project.js";
import { loadAndCheckPlan } from "../check/check-plan-file.js";
import { planIndex } from "../logs/plan-index.js";
import { loadLogs } from "../report/load-logs.js";
import { logParseCache } from "../logs/parse-cache.js";
import { reportFromFold } from "../report/compile.js";
import { totalsGuard } from "../report/totals-guard.js";
import { foldEntries, startFold } from "../report/fold.js";
import { nextSpec, period, previousSpec, short } from "../report/periods.js";
import { periodFromFlags, type PeriodFlags } from "../report/period-options.js";
import { loadNotes, notesPath, type ReportNotes } from "../report/notes.js";
import type { ReportData } from "../report/report-model.js";
import type { ProjectConfig } from "../config/config.js";
import { planAtCommit, planVersionAt, type PlanVersion } from "./plan-at-period-end.js";

export interface ReportInputs {
  data: ReportData;
  plan: Plan;
  notes?: ReportNotes;
  config: ProjectConfig;
  root: string;
  /** Every file the report was made from (absolute): an output may never overwrite one. */
  inputs: string[];
  /** The period has not ended on `today`: the last day counted (ISO), figures provisional. */
  provisional?: string;
  /** The plan's version used: its git commit at the period's end, or the working copy and why. */
  planVersion: PlanVersion;
}

export interface ReportRun {
  value?: ReportInputs;
  /** Every problem, the config's severities applied: the CLI's exit code comes from them. */
  diagnostics: Diagnostic[];
}

export interface ReportOptions extends PeriodFlags {
  project: Project;
  /** A plan file; default: plans/*.yaml of the report's year. */
  plan?: string;
  /** Folder of logs; default logs/ at the project root. */
  logs?: string;
  /** Today (ISO, from SOURCE_DATE_EPOCH or the clock): a period not ended yet is provisional. */
  today?: string;
}

export async function prepareReport(opts: ReportOptions): Promise<ReportRun> {
  const { project } = opts;
  const { root, cwd, show } = project;
  const diagnostics: Diagnostic[] = [];
  const stop = (): ReportRun => ({ diagnostics });
  const config = project.config();
  diagnostics.push(...project.judge(config.diagnostics));
  if (hasErrors(diagnostics)) return stop();

  // The same plans `check` sees (plans/**), unless one is named.
  const discovered = opts.plan ? { files: [resolve(cwd, opts.plan)], diagnostics: [] } : project.plans();
  diagnostics.push(...discovered.diagnostics);
  const plans: Plan[] = [];
  const planFiles = new Map<Plan, string>();
  for (const f of discovered.files) {
    const loaded = (await loadAndCheckPlan(f, { cwd })).result;
    const judged = project.judge(loaded.diagnostics);
    if (loaded.value && !hasErrors(judged)) {
      plans.push(loaded.value);
      planFiles.set(loaded.value, f);
    } else diagnostics.push(...judged.filter((d) => d.severity === "error"));
  }
  if (hasErrors(diagnostics)) return stop();
  const latest = plans.length ? Math.max(...plans.map((p) => p.year)) : undefined;
  const spec = periodFromFlags(opts, latest);
  diagnostics.push(...spec.diagnostics);
  if (!spec.value) return stop();
  const current = opts.plan ? plans[0] : plans.find((p) => p.year === spec.value!.year);
  if (!current) {
    diagnostics.push({
      code: "report/no-plan",
      severity: "error",
      message: `Không có kế hoạch năm ${spec.value.year} trong plans/.`,
      hint: plans.length
        ? `Các năm có kế hoạch: ${plans.map((p) => p.year).join(", ")}; chọn --year hoặc --plan.`
        : "Đặt tệp kế hoạch vào plans/ hoặc chỉ ra bằng --plan.",
    });
    return stop();
  }
  const { window, deadlineDay } = config.value.report;
  const logDir = resolve(cwd, opts.logs ?? join(root, "logs"));
  // The same logs `check` sees: the Project's discovery (extensions, hidden files, links).
  const logFiles = project.logs(opts.logs);
  diagnostics.push(...logFiles.diagnostics);
  if (hasErrors(logFiles.diagnostics)) return stop();
  const p = period(spec.value, window, deadlineDay);
  // The plan as it stood at the period's end (git history), so an old report re-run gives the
  // same figures after the plan changed.
  const planFile = planFiles.get(current)!;
  const planVersion = planVersionAt(planFile, p.to);
  let plan = current;
  if (planVersion.kind === "git") {
    const loaded = await planAtCommit(planFile, planVersion.commit, show(planFile));
    const atEnd = project.judge(loaded.diagnostics);
    diagnostics.push(...atEnd.filter((d) => d.severity === "error"));
    if (!loaded.value || hasErrors(atEnd)) return stop();
    plan = loaded.value;
  }
  const index = planIndex(plan);
  // Each log file is folded into running totals as soon as it is read (memory bounded by the
  // largest file, not by the whole log).
  const fold = startFold({ index, period: p, previous: period(previousSpec(spec.value), window, deadlineDay) });
  const logs = await loadLogs(
    logFiles.files,
    cwd,
    (entries) => foldEntries(fold, entries),
    { plans: new Map([[plan.year, index]]), window },
    // Logs parsed by an earlier report are read back from .cai-cach/cache/ (logs/parse-cache.ts).
    logParseCache(root),
  );
  const logProblems = project.judge(logs.diagnostics);
  diagnostics.push(...logProblems);
  if (hasErrors(logProblems)) return stop();
  if (logs.files.length === 0) {
    diagnostics.push({
      code: "report/no-logs",
      severity: "warning",
      file: show(logDir),
      message: "Không có tệp nhật ký hoạt động nào; mọi số liệu bằng 0.",
      hint: "Ghi nhật ký bằng cai-cach log add hoặc cai-cach log import.",
    });
  }
  const data = {
    ...reportFromFold(fold, period(nextSpec(spec.value), window, deadlineDay), logs.sample),
    ...(planVersion.kind === "git" ? { planRevision: { commit: planVersion.commit.slice(0, 7), date: planVersion.date } } : {}),
  };
  diagnostics.push(...totalsGuard(data));
  if (hasErrors(diagnostics)) return stop();
  const notes = loadNotes(root, p.key, cwd);
  const noteProblems = project.judge(notes.diagnostics);
  diagnostics.push(...noteProblems);
  if (hasErrors(noteProblems)) return stop();
  if (!notes.value) {
    diagnostics.push({
      code: "report/notes-missing",
      severity: "warning",
      file: show(join(root, "reports", "notes", `${p.key}.yaml`)),
      message: `Chưa có ghi chú đánh giá, kiến nghị cho ${p.label}; báo cáo ghi rõ các mục này cần bổ sung.`,
      hint: `Tạo tệp ghi chú có sẵn các mục cần điền: cai-cach report ${periodFlag(p)} --notes (xem cai-cach report --help).`,
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
  const inputs = [planFile, ...logFiles.files, ...(notes.value ? [notesPath(root, p.key)] : [])];
  const provisional = opts.today !== undefined && opts.today < p.to ? opts.today : undefined;
  if (provisional) diagnostics.push(periodOpen(p.label, p.to, provisional));
  return {
    value: { data, plan, notes: notes.value, config: config.value, root, inputs, planVersion, ...(provisional ? { provisional } : {}) },
    diagnostics: project.judge(diagnostics),
  };
}

/** The period runs past today: said in the terminal, and the document is marked provisional. */
function periodOpen(label: string, to: string, today: string): Diagnostic {
  return {
    code: "report/period-open",
    severity: "warning",
    message: `Kỳ ${label} chưa kết thúc (số liệu chốt ngày ${short(to)}): số liệu tính đến hôm nay, ${short(today)}, là số tạm tính.`,
    hint: `Văn bản ghi rõ "tạm tính"; lập lại báo cáo sau ngày ${short(to)} để có số liệu chính thức.`,
  };
}

/** The option that names this period again, for a hint: "--quarter 1 --year 2022". */
function periodFlag(p: { kind: string; year: number; n?: number; from?: string; to?: string }): string {
  const year = ` --year ${p.year}`;
  switch (p.kind) {
    case "quarter":
      return `--quarter ${p.n}${year}`;
    case "half":
      return `--half ${p.n}${year}`;
    case "month":
      return `--month ${p.n}${year}`;
    case "nine-months":
      return `--nine-months${year}`;
    case "annual":
      return `--annual${year}`;
    default:
      return `--from ${short(p.from!)} --to ${short(p.to!)}`;
  }
}

function countBy(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
