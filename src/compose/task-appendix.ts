// The task appendix a KH CCHC usually ends with (STT · Nhiệm vụ · Đơn vị chủ trì · Đơn vị phối
// hợp · Thời gian hoàn thành · Sản phẩm), generated from the plan's tracked items — the same
// ones reports track (src/model/walk-plan.ts) — when the plan asks for it (`taskAppendix`).
// Values only: the column titles and the appendix's default title are in the template.
import type { Plan, Section, Target, Unit } from "../model/plan.js";
import { FREQUENCY_NAMES } from "../model/frequency-names.js";
import { walkPlan } from "../model/walk-plan.js";
import type { Shape } from "../templates/context-shape.js";
import { formatShortDate, parseIsoDate } from "../util/vn-date.js";

export interface TaskRowContext {
  number: string;
  task: string;
  lead: string;
  partners: string;
  deadline: string;
  product: string;
}

export const taskRowShape: Shape<TaskRowContext> = { number: true, task: true, lead: true, partners: true, deadline: true, product: true };

const capitalise = (s: string): string => (s === "" ? s : s[0]!.toLocaleUpperCase("vi") + s.slice(1));

/** "30/9/2024" for a deadline; else how often ("Hằng quý"); else nothing. */
function when(t: Target | undefined): string {
  const d = t?.deadline ? parseIsoDate(t.deadline) : undefined;
  if (d) return formatShortDate(d);
  return t?.frequency ? capitalise(FREQUENCY_NAMES[t.frequency]) : "";
}

/** The product the plan names; else its quantities ("48 tin/bài"). */
function product(t: Target | undefined): string {
  if (t?.product) return t.product;
  return (t?.quantities ?? []).map((q) => `${q.value} ${q.measure}`).join("; ");
}

const unitsOf = (s: Section): string[] => s.units ?? (s.unit ? [s.unit] : []);

/** One row per tracked item of the body (an id and units or targets), in plan order. */
export function taskRows(plan: Plan): TaskRowContext[] {
  const names = new Map((plan.units ?? []).map((u: Unit) => [u.id, u.name]));
  const name = (id: string): string => names.get(id) ?? id;
  const rows: Omit<TaskRowContext, "number">[] = [];
  const add = (task: string, units: string[], t: Target | undefined): void => {
    rows.push({
      task,
      lead: units[0] ? name(units[0]) : "",
      partners: units.slice(1).map(name).join(", "),
      deadline: when(t),
      product: product(t),
    });
  };
  for (const v of walkPlan(plan)) {
    if (v.kind === "section") {
      const s = v.section;
      if (v.inAppendix || !s.id || (!s.targets && unitsOf(s).length === 0)) continue;
      const text = Array.isArray(s.text) ? s.text[0] : s.text;
      add(s.title ?? text ?? s.id, unitsOf(s), s.targets);
    } else if (typeof v.raw !== "string" && !v.section.inAppendix && v.item.id && (v.item.targets || v.item.units)) {
      add(v.item.text, v.item.units ?? unitsOf(v.section.section), v.item.targets);
    }
  }
  return rows.map((r, i) => ({ number: String(i + 1), ...r }));
}
