// Every id of a plan that work can be logged against: sections (mục, khoản, điểm), dash items,
// units' duties. Built once per plan (with the one plan walker, src/model/walk-plan.ts); logs
// and reports look ids up here.
import type { Plan, Section, Target } from "../model/plan.js";
import { type SectionVisit, walkPlan } from "../model/walk-plan.js";

export interface PlanNode {
  id: string;
  /** Short label for tables: the plan's `label`, else the title or the first words of the text. */
  label: string;
  /** The plan's own short name for tables (`label`), when it gives one. */
  shortName?: string;
  /** The full title (or text) as the plan writes it: the official document never cuts it. */
  title: string;
  /** Its number in the document: "II.1.a" for a section, "II.1.a, ý 2" for a dash item. */
  number: string;
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
  const add = (
    id: string | undefined,
    title: string,
    short: string | undefined,
    number: string,
    units: string[],
    ancestors: string[],
    targets?: Target,
  ): void => {
    if (!id || nodes.has(id)) return;
    // Whole, as written, without the trailing punctuation of a plan's list ("như:", "…của Sở.") so
    // that a sentence can go on after it; an ellipsis stays one.
    const full = title
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[:;,]+$/u, "")
      .replace(/\.{3,}$/u, "…")
      .replace(/(?<!\.)\.$/u, "");
    nodes.set(id, {
      id,
      label: short ?? shortLabel(title),
      ...(short !== undefined ? { shortName: short } : {}),
      title: full,
      number,
      units,
      ancestors,
      targets,
      order: order++,
    });
  };
  const unitsOf = (s: Section): string[] => s.units ?? (s.unit ? [s.unit] : []);
  /** Ids of the enclosing sections, outermost first; an appendix's id encloses its sections. */
  const enclosing = (v: SectionVisit): string[] => {
    const ids = [v.appendix?.appendix.id, ...v.ancestors.map((a) => a.id)];
    return ids.filter((id): id is string => id !== undefined && id !== "");
  };
  const unitNames = new Map((plan.units ?? []).map((u) => [u.id, u.name]));
  for (const v of walkPlan(plan)) {
    if (v.kind === "section") {
      const s = v.section;
      const text = Array.isArray(s.text) ? s.text[0] : s.text;
      add(
        s.id,
        s.title ?? text ?? (s.unit ? unitNames.get(s.unit) : undefined) ?? s.id ?? "",
        s.label,
        sectionNumber(v),
        unitsOf(s),
        enclosing(v),
        s.targets,
      );
    } else if (typeof v.raw !== "string") {
      const inner = [...enclosing(v.section), ...(v.section.section.id ? [v.section.section.id] : [])];
      const number = `${sectionNumber(v.section)}, ý ${v.index + 1}`;
      add(v.item.id, v.item.text, v.item.label, number, v.item.units ?? unitsOf(v.section.section), inner, v.item.targets);
    }
  }
  return { plan, nodes, unitIds: new Set((plan.units ?? []).map((u) => u.id)) };
}

/** "II.1.a": the printed numbers of a section and its enclosing sections, without punctuation. */
function sectionNumber(v: SectionVisit): string {
  const parts: string[] = [];
  for (let at: SectionVisit | undefined = v; at; at = at.parent) parts.unshift(at.label.replace(/[.)]+$/, ""));
  const inAppendix = v.appendix ? `Phụ lục ${v.appendix.index + 1}, ` : "";
  return inAppendix + parts.join(".");
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
