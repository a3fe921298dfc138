// Every id of a plan that work can be logged against: sections (mục, khoản, điểm), dash items,
// units' duties. Built once per plan; logs and reports look ids up here.
import type { Plan, Section, Target, Item } from "../model/plan.js";

export interface PlanNode {
  id: string;
  /** Short label for reports: the title, or the first words of the text. */
  label: string;
  targets?: Target;
  units: string[];
  /** Ids of the enclosing sections, outermost first (to group "hình thức" items). */
  ancestors: string[];
  /** Order of appearance in the plan (reports list items in plan order). */
  order: number;
}

export interface PlanIndex {
  plan: Plan;
  nodes: Map<string, PlanNode>;
  unitIds: Set<string>;
}

export function planIndex(plan: Plan): PlanIndex {
  const nodes = new Map<string, PlanNode>();
  let order = 0;
  const add = (id: string | undefined, label: string, units: string[], ancestors: string[], targets?: Target): void => {
    if (!id || nodes.has(id)) return;
    nodes.set(id, { id, label: shortLabel(label), units, ancestors, targets, order: order++ });
  };
  const visit = (s: Section, ancestors: string[]): void => {
    const text = Array.isArray(s.text) ? s.text[0] : s.text;
    const units = s.units ?? (s.unit ? [s.unit] : []);
    add(s.id, s.title ?? text ?? s.id ?? "", units, ancestors, s.targets);
    const inner = s.id ? [...ancestors, s.id] : ancestors;
    for (const it of s.items ?? []) {
      if (typeof it === "string") continue;
      const item = it as Item;
      add(item.id, item.text, item.units ?? units, inner, item.targets);
    }
    for (const child of s.sections ?? []) visit(child, inner);
  };
  for (const s of plan.body) visit(s, []);
  for (const a of plan.appendices ?? []) for (const s of a.sections ?? []) visit(s, a.id ? [a.id] : []);
  return { plan, nodes, unitIds: new Set((plan.units ?? []).map((u) => u.id)) };
}

/** First clause of a long paragraph, cut at a word boundary: enough to recognise the item. */
export function shortLabel(text: string, max = 90): string {
  const clean = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[:;.]$/, "");
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  // No punctuation left dangling before the ellipsis ("điện tử;…").
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[\s,;:.]+$/, "")}…`;
}
