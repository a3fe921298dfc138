// The compiled report: plain data, the same figures for the Báo cáo, --format json|md|csv and
// the terminal summary. Every figure can be traced to log entries (`sources`: "file#index").
import type { Period } from "./periods.js";

export type Status = "done" | "in-progress" | "not-started" | "overdue";

/** Sums of a set of entries. Quantities by normalised measure. */
export interface Tally {
  entries: number;
  quantities: Record<string, number>;
  cost: number;
  participants: number;
  reach: number;
}

export interface ItemTarget {
  measure: string;
  target: number;
  /** Cumulative in the year to the period's end. */
  done: number;
  /** done / target: above 1 when the target is exceeded ("vượt chỉ tiêu"). */
  ratio: number;
}

export interface ItemReport {
  id: string;
  /** Short name for tables (the plan's `label`, else the title cut at a word). */
  label: string;
  /** The full title or text, as the plan writes it: what the official document prints. */
  title: string;
  /** Its number in the plan, "II.2.a". */
  number: string;
  /** The plan section it is reported under (its enclosing section), with that section's heading. */
  group: { id: string; heading: string };
  /** Ids of the enclosing sections, outermost first. */
  ancestors: string[];
  units: string[];
  period: Tally;
  yearToDate: Tally;
  previous: Tally;
  targets: ItemTarget[];
  deadline?: string;
  frequency?: string;
  budget?: number;
  status: Status;
  /** Log entries counted in the period, "logs/x.yaml#12" (0-based index in `entries`). */
  sources: string[];
}

export interface Change {
  measure: string;
  period: number;
  previous: number;
  delta: number;
  /** Percent change; undefined when the previous period had none. */
  percent?: number;
}

export interface Unmatched {
  source: string;
  date: string;
  summary: string;
  /** Ids not found in the plan. */
  ids: string[];
  /** Unit id not in the plan's units, if that is the problem. */
  unit?: string;
}

export interface NextTask {
  id: string;
  label: string;
  /** Why it is due: "hạn 30/09/2022", "thường xuyên", "còn 12/48 tin/bài". */
  reasons: string[];
}

export interface ReportData {
  plan: { number?: number; code: string; date: string; year: number; title: string; source?: string; byDecision?: boolean };
  period: Period;
  previousPeriod: Period;
  nextPeriod: Period;
  /** The plan's git revision at the period's end (short hash, commit day); absent: the working copy. */
  planRevision?: { commit: string; date: string };
  /** True when any counted log is marked `sample: true`. */
  sample: boolean;
  /** Plan items tracked (with targets) or with activity in the year, in plan order. */
  items: ItemReport[];
  totals: { period: Tally; yearToDate: Tally; previous: Tally };
  /** Per measure against the previous period; empty when the previous period has no entries. */
  byMeasure: Change[];
  /** Items under the plan's "Hình thức tuyên truyền" section. */
  byForm: { id: string; label: string; period: Tally; yearToDate: Tally }[];
  byUnit: { id: string; name: string; period: Tally; yearToDate: Tally }[];
  /** The period's entries by calendar month, in order ("2022-01"). */
  byMonth: { month: string; period: Tally }[];
  /**
   * planned: the sum of the plan's budget targets; plannedUsed: what the items that have one
   * spent in the year to date (other items' costs are in period/yearToDate only).
   */
  budget: { planned: number; plannedUsed: number; period: number; yearToDate: number };
  /** Tracked items with no activity in the period ("tồn tại, hạn chế"). */
  gaps: { id: string; label: string }[];
  /** Items due in the next period ("phương hướng"). */
  next: NextTask[];
  /** Entries in the period that do not match the plan: reported, never dropped. */
  unmatched: Unmatched[];
}
