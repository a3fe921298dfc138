// `cai-cach status`: today's position in one screen — the report due next, the items behind
// schedule, the units with no entry in the current period — from the same figures as `report`
// (prepareReport for the quarter whose window holds today). Deterministic given `today`.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { Project } from "../project/project.js";
import { behindSchedule, currentQuarter, dueNext, type StatusData, yearReports } from "../report/status.js";
import type { Period } from "../report/periods.js";
import type { ReportInputs } from "./report.js";
import { prepareReport } from "./report.js";

export interface StatusRun {
  value?: StatusData;
  /** Every report deadline and item deadline of the year, for --ics. */
  calendar?: { reports: Period[]; items: { id: string; label: string; deadline: string }[] };
  diagnostics: Diagnostic[];
}

/** Diagnostics about the report document, not about where the year stands. */
const REPORT_ONLY = new Set(["report/notes-missing", "report/no-logs", "report/period-open"]);

export async function projectStatus(project: Project, today: string): Promise<StatusRun> {
  const { window, deadlineDay } = project.config().value.report;
  const q = currentQuarter(today, window, deadlineDay);
  if (q.kind !== "quarter") return { diagnostics: [] };
  const run = await prepareReport({ project, quarter: String(q.n), year: String(q.year) });
  const diagnostics = run.diagnostics.filter((d) => !REPORT_ONLY.has(d.code));
  if (!run.value || hasErrors(diagnostics)) return { diagnostics };
  return { ...statusOf(run.value, today, window, deadlineDay), diagnostics };
}

function statusOf(inputs: ReportInputs, today: string, window: "nd09" | "calendar", deadlineDay: number): Omit<StatusRun, "diagnostics"> {
  const { data, plan } = inputs;
  const reports = yearReports(plan.year, window, deadlineDay);
  // After the year's last deadline, the next year's first report is the one due.
  const due = dueNext(today, [...reports, ...yearReports(plan.year + 1, window, deadlineDay)]);
  const active = new Set(data.byUnit.filter((u) => u.period.entries > 0).map((u) => u.id));
  return {
    value: {
      today,
      year: plan.year,
      current: { label: data.period.label, from: data.period.from, to: data.period.to },
      due,
      behind: behindSchedule(data, today),
      silentUnits: (plan.units ?? []).filter((u) => !active.has(u.id)).map((u) => ({ id: u.id, name: u.name })),
    },
    calendar: {
      reports,
      items: data.items.filter((i) => i.deadline !== undefined).map((i) => ({ id: i.id, label: i.label, deadline: i.deadline! })),
    },
  };
}
