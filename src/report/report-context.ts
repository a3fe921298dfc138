// Report data + notes + plan + config → the context of templates/bao-cao.hbs (a Báo cáo, type
// BC, Nghị định 30/2020/NĐ-CP, Phụ lục III mẫu 1.4), typed by report-template-context.ts.
// Figures are formatted here (Vietnamese numbers and dates); every sentence around them lives in
// the template, which a repository can override with its own templates/bao-cao.hbs.
import { issuedByDecision, trackedTitle } from "../model/tracked-plan.js";
import type { Plan } from "../model/plan.js";
import type { ProjectConfig } from "../config/config.js";
import { headerContext, signatureContext, decreeDate } from "../compose/document-context.js";
import { documentNumber } from "../model/document-number.js";
import type { ReportData } from "./report-model.js";
import type { ReportNotes } from "./notes.js";
import { short } from "./periods.js";
import type { ReportContext } from "./report-template-context.js";
import { fmt } from "./compile.js";
import { STATUS_TEXT, money, quantitiesText } from "./formats/labels.js";

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/** "BC-SVHTTDL": the issuer part of the plan's code after the type (Phụ lục III, mục I). */
export function reportCode(plan: Plan): string {
  return `BC-${plan.issuer.abbreviation ?? plan.code.split("-").slice(1).join("-")}`;
}

/** Trích yếu: "Kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2022". */
export function reportTitle(plan: Plan, r: ReportData): string {
  return `Kết quả công tác ${planSubject(plan)} ${r.period.label}`;
}

/** The plan's title without its year, in lower case: what the report is about. */
const planSubject = (plan: Plan): string => lowerFirst(trackedTitle(plan).replace(/\s+năm \d{4}\s*$/, ""));

export function reportDate(r: ReportData, notes?: ReportNotes): string {
  return notes?.date ?? r.period.deadline ?? r.period.to;
}

/** "194%, vượt chỉ tiêu" above the target; "75%" below. */
function percentText(ratio: number): string {
  const pct = `${Math.round(ratio * 100)}%`;
  return ratio > 1 ? `${pct}, vượt chỉ tiêu` : pct;
}

/** A heading written in capitals (a mục's title) as a sentence: "NỘI DUNG, HÌNH THỨC" → "Nội dung, hình thức". */
function headingText(heading: string): string {
  if (heading !== heading.toLocaleUpperCase("vi")) return heading;
  const lower = heading.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** Items with activity, grouped under the plan's own sections, in plan order. */
function groupsOf<T extends { group: { id: string; heading: string } }>(items: T[]): { heading: string; items: T[] }[] {
  const groups = new Map<string, { heading: string; items: T[] }>();
  for (const i of items) {
    let g = groups.get(i.group.id);
    if (!g) {
      g = { heading: headingText(i.group.heading), items: [] };
      groups.set(i.group.id, g);
    }
    g.items.push(i);
  }
  return [...groups.values()];
}

/**
 * `provisional`: the last day counted when the period has not ended yet (ISO), so the document
 * says its figures are provisional; undefined for a period that has ended.
 */
export function reportContext(
  plan: Plan,
  r: ReportData,
  notes: ReportNotes | undefined,
  config: ProjectConfig,
  provisional?: string,
): ReportContext {
  const date = reportDate(r, notes);
  const code = reportCode(plan);
  const header = { ...headerContext({ ...plan, number: notes?.number ?? 1, code, date }) };
  // Without a number the văn thư fills it in when the report is registered (Điều 15).
  if (notes?.number === undefined) header.code = `      /${code}`;
  const addressees = config.report.addressees;
  const recipients = [
    ...(addressees.length ? ["Như trên"] : []),
    ...(config.report.recipients.length ? config.report.recipients : plan.recipients),
  ];
  // The official document prints each item's full name (the appendix table its short label).
  const items = r.items.map((i) => ({
    id: i.id,
    label: i.title,
    period: quantitiesText(i.period),
    activities: i.period.entries,
    yearToDate: quantitiesText(i.yearToDate),
    targets: i.targets.map((t) => `${fmt(t.done)}/${fmt(t.target)} ${t.measure} (${percentText(t.ratio)})`).join(", "),
    status: STATUS_TEXT[i.status].toLocaleLowerCase("vi"),
    cost: i.period.cost ? money(i.period.cost) : "",
    group: i.group,
  }));
  const dismissed = new Set(notes?.dismiss ?? []);
  return {
    header,
    title: reportTitle(plan, r),
    addressees,
    plan: {
      number: documentNumber(plan.number, plan.code),
      date: decreeDate(plan.date),
      title: lowerFirst(trackedTitle(plan)),
      subject: planSubject(plan),
      byDecision: issuedByDecision(plan),
    },
    period: {
      label: r.period.label,
      from: short(r.period.from),
      to: short(r.period.to),
      yearStart: r.period.yearStart < r.period.from ? short(r.period.yearStart) : null,
    },
    sample: r.sample,
    missingNotes: notes ? null : `reports/notes/${r.period.key}.yaml`,
    directing: notes?.directing ?? [],
    active: items.filter((i) => i.activities > 0),
    groups: groupsOf(items.filter((i) => i.activities > 0)),
    notesFile: `reports/notes/${r.period.key}.yaml`,
    provisional: provisional ? short(provisional) : null,
    idle: items.filter((i) => i.activities === 0),
    forms: r.byForm
      .filter((f) => f.period.entries > 0)
      .map((f) => ({ label: f.label, period: quantitiesText(f.period), activities: f.period.entries })),
    units: r.byUnit
      .filter((u) => u.period.entries > 0)
      .map((u) => ({ name: u.name, activities: u.period.entries, period: quantitiesText(u.period) })),
    changes: r.byMeasure.map((c) => ({
      measure: c.measure,
      period: fmt(c.period),
      previous: fmt(c.previous),
      increase: c.delta > 0 ? fmt(c.delta) : null,
      decrease: c.delta < 0 ? fmt(-c.delta) : null,
    })),
    previousLabel: r.previousPeriod.label,
    results: notes?.results ?? [],
    budget: {
      period: money(r.budget.period),
      yearToDate: money(r.budget.yearToDate),
      planned: r.budget.planned ? money(r.budget.planned) : null,
      plannedUsed: money(r.budget.plannedUsed),
    },
    strengths: notes?.strengths ?? [],
    // An automatic shortcoming the unit explains away is dismissed in the notes (`dismiss: [id]`).
    gaps: r.gaps.filter((g) => !dismissed.has(g.id)).map((g) => r.items.find((i) => i.id === g.id)?.title ?? g.label),
    shortcomings: notes?.shortcomings ?? [],
    causes: notes?.causes ?? [],
    nextLabel: r.nextPeriod.label,
    next: r.next.map((t) => ({ label: t.label, reasons: t.reasons })),
    tasks: notes?.tasks ?? [],
    requests: notes?.requests ?? [],
    unmatched: r.unmatched.length,
    signature: signatureContext({ recipients, filing: plan.filing, signer: notes?.signer ?? plan.signer }),
    numeric: [false, false, false, true, true, true, true, false],
    appendix: {
      number: notes?.number === undefined ? `     /${code}` : header.code,
      date: decreeDate(date),
      rows: r.items.map((i, n) => {
        const t = i.targets[0];
        // Without a quantity target the figures are numbers of activities, and the unit column says so.
        const cells = [
          String(n + 1),
          i.label,
          t ? t.measure : "hoạt động",
          t ? fmt(t.target) : "",
          t ? fmt(i.period.quantities[t.measure] ?? 0) : String(i.period.entries),
          t ? fmt(t.done) : String(i.yearToDate.entries),
          t ? `${Math.round(t.ratio * 100)}` : "",
          STATUS_TEXT[i.status],
        ];
        return cells.map((c) => c || "-");
      }),
    },
  };
}
