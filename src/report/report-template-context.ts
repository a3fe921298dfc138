// The context of templates/bao-cao.hbs, typed (see src/templates/context-shape.ts for why the
// interface has a shape beside it). Figures come formatted (Vietnamese numbers, dates, money);
// every sentence around them — the opening, the data window, the notes-missing notice, the
// closing — is in the template, so a repository's own templates/bao-cao.hbs can reword it all.
import type { HeaderContext, SignatureContext } from "../compose/document-context.js";
import { headerShape, signatureShape } from "../compose/document-context.js";
import type { Shape } from "../templates/context-shape.js";

export interface ReportItemContext {
  id: string;
  label: string;
  /** Quantities in the period, "12 tin/bài, 3 video". */
  period: string;
  activities: number;
  yearToDate: string;
  /** "12/48 tin/bài (25%)", or "" without a quantity target. */
  targets: string;
  /** Lower case, "đang thực hiện". */
  status: string;
  cost: string;
  /** The plan section it is reported under. */
  group: { id: string; heading: string };
}

export interface ReportContext {
  header: HeaderContext;
  /** Trích yếu (ô 5a). */
  title: string;
  addressees: string[];
  /** The plan reported on: "175/KH-SVHTTDL", "ngày 27 tháng 01 năm 2022", its title in lower case. */
  /** byDecision: the plan is issued by a Quyết định (the template cites "Kế hoạch ban hành kèm theo Quyết định số …"). */
  plan: { number: string; date: string; title: string; subject: string; byDecision: boolean };
  /** "quý I năm 2022"; the data window "15/12/2021"–"14/3/2022"; the cumulative start when earlier. */
  period: { label: string; from: string; to: string; yearStart: string | null };
  sample: boolean;
  /** "reports/notes/2022-Q1.yaml" when the unit's notes for the period are missing, else null. */
  missingNotes: string | null;
  directing: string[];
  active: ReportItemContext[];
  /** Items with activity under the plan's own sections and headings, in plan order. */
  groups: { heading: string; items: ReportItemContext[] }[];
  /** "reports/notes/2022-Q1.yaml": where the unit writes what the figures cannot say. */
  notesFile: string;
  /** "5/3/2022" when the period has not ended: the figures are provisional, counted to that day. */
  provisional: string | null;
  idle: ReportItemContext[];
  forms: { label: string; period: string; activities: number }[];
  units: { name: string; activities: number; period: string }[];
  /** Per measure against the previous period: `increase` or `decrease` set, neither when equal. */
  changes: { measure: string; period: string; previous: string; increase: string | null; decrease: string | null }[];
  previousLabel: string;
  results: string[];
  budget: { period: string; yearToDate: string; planned: string | null; plannedUsed: string };
  strengths: string[];
  gaps: string[];
  shortcomings: string[];
  causes: string[];
  nextLabel: string;
  /** Items due next period with why: "hạn 30/9/2022", "còn 12/48 tin/bài". */
  next: { label: string; reasons: string[] }[];
  tasks: string[];
  requests: string[];
  unmatched: number;
  signature: SignatureContext;
  /** Which columns of the appendix table hold figures (right-aligned). */
  numeric: boolean[];
  /** "Biểu số liệu": the report's number (blank for the văn thư) and date, the table's rows. */
  appendix: { number: string; date: string; rows: string[][] };
}

const itemShape: Shape<ReportItemContext> = {
  id: true,
  label: true,
  period: true,
  activities: true,
  yearToDate: true,
  targets: true,
  status: true,
  cost: true,
  group: { id: true, heading: true },
};

export const reportContextShape: Shape<ReportContext> = {
  header: headerShape,
  title: true,
  addressees: { each: true },
  plan: { number: true, date: true, title: true, subject: true, byDecision: true },
  period: { label: true, from: true, to: true, yearStart: true },
  sample: true,
  missingNotes: true,
  directing: { each: true },
  active: { each: itemShape },
  groups: { each: { heading: true, items: { each: itemShape } } },
  notesFile: true,
  provisional: true,
  idle: { each: itemShape },
  forms: { each: { label: true, period: true, activities: true } },
  units: { each: { name: true, activities: true, period: true } },
  changes: { each: { measure: true, period: true, previous: true, increase: true, decrease: true } },
  previousLabel: true,
  results: { each: true },
  budget: { period: true, yearToDate: true, planned: true, plannedUsed: true },
  strengths: { each: true },
  gaps: { each: true },
  shortcomings: { each: true },
  causes: { each: true },
  nextLabel: true,
  next: { each: { label: true, reasons: { each: true } } },
  tasks: { each: true },
  requests: { each: true },
  unmatched: true,
  signature: signatureShape,
  numeric: { each: true },
  appendix: { number: true, date: true, rows: { each: { each: true } } },
};
