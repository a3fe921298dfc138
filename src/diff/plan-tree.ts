// The plan's body as one tree of uniform nodes (sections, dash items, appendices), each labelled
// with the number the rendered document gives it: depth 1 mục "I", depth 2 khoản "1", depth 3
// điểm "a" (NĐ 30/2020, Phụ lục I, II.6.b), from the same numbering as the document
// (src/model/numbering.ts).

import type { Appendix, Item, Plan, Table, Target } from "../model/plan.js";
import { type SectionVisit, walkPlan } from "../model/walk-plan.js";
import { diemLetter, roman } from "../model/numbering.js";
import { sectionTexts } from "../model/section-content.js";

export interface PlanNode {
  kind: "section" | "item" | "appendix";
  id?: string;
  label: string;
  title?: string;
  text: string;
  units: string[];
  /** Section V "Tổ chức thực hiện": the unit the section is about. */
  unit?: string;
  targets?: Target;
  table?: Table;
  items: PlanNode[];
  sections: PlanNode[];
  parent?: PlanNode;
}

/** How a reviewer names a section: by its level in the plan's numbering and its number. */
function sectionLabel(v: SectionVisit): string {
  const n = v.index + 1;
  switch (v.level) {
    case "phan":
      return `phần ${roman(n)}`;
    case "muc":
      return `mục ${roman(n)}`;
    case "khoan":
      return `khoản ${n}`;
    case "diem":
      return `điểm ${diemLetter(n)}`;
    case "decimal":
      return `tiểu mục ${v.label.replace(/\.$/, "")}`;
    default:
      return `tiết ${n}`;
  }
}

const join = (own: string, parent?: PlanNode): string => (parent && parent.kind !== "item" ? `${own} ${parent.label}` : own);

/** Text as a string even when a version is malformed (an unquoted "…:" turns a line into a map). */
export const asText = (x: unknown): string =>
  x === undefined || x === null ? "" : typeof x === "string" ? x : typeof x === "object" ? JSON.stringify(x) : String(x);

export const paragraphs = (text: string | string[] | undefined): string =>
  Array.isArray(text) ? text.map(asText).join("\n") : asText(text);

function itemNode(raw: string | Item, index: number, parent: PlanNode): PlanNode {
  const item: Item = typeof raw === "string" ? { text: raw } : raw;
  return {
    kind: "item",
    id: item.id,
    label: `ý ${index + 1}, ${parent.label}`,
    text: asText(item.text),
    units: item.units ?? [],
    targets: item.targets,
    items: [],
    sections: [],
    parent,
  };
}

function sectionNode(v: SectionVisit, parent?: PlanNode): PlanNode {
  const s = v.section;
  return {
    kind: "section",
    id: s.id,
    label: join(sectionLabel(v), parent),
    title: s.title === undefined ? undefined : asText(s.title),
    // The section's own paragraphs, those of its ordered content too.
    text: paragraphs(sectionTexts(s)),
    units: s.units ?? [],
    unit: s.unit,
    targets: s.targets,
    table: s.table,
    items: [],
    sections: [],
    parent,
  };
}

function appendixNode(a: Appendix, i: number): PlanNode {
  return {
    kind: "appendix",
    id: a.id,
    label: `Phụ lục ${roman(i + 1)}`,
    title: a.title,
    text: [a.subtitle, paragraphs(a.text)].filter(Boolean).join("\n"),
    units: [],
    table: a.table,
    items: [],
    sections: [],
  };
}

/** Top-level nodes: the body's mục, then each appendix (with its own numbering inside). */
export function planTree(plan: Plan): PlanNode[] {
  const body: PlanNode[] = [];
  const appendices = (plan.appendices ?? []).map(appendixNode);
  // The plan walker yields a section before its items and sub-sections, so a parent's node
  // always exists when its children arrive.
  const nodes = new Map<SectionVisit, PlanNode>();
  for (const v of walkPlan(plan)) {
    if (v.kind === "item") {
      const owner = nodes.get(v.section);
      if (owner) owner.items.push(itemNode(v.raw, v.index, owner));
      continue;
    }
    const parent = v.parent ? nodes.get(v.parent) : v.appendix ? appendices[v.appendix.index] : undefined;
    const node = sectionNode(v, parent);
    nodes.set(v, node);
    (parent ? parent.sections : body).push(node);
  }
  return [...body, ...appendices];
}

/** Every node of the tree, depth first. */
export function* walk(nodes: readonly PlanNode[]): Generator<PlanNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.items);
    yield* walk(n.sections);
  }
}

/** What the reviewer recognises a node by: its title, else the first words of its text. */
export function excerpt(n: PlanNode, max = 80): string {
  const t = (n.title ?? n.text.split("\n")[0] ?? "").trim();
  return t.length <= max ? t : `${t.slice(0, t.lastIndexOf(" ", max) > 0 ? t.lastIndexOf(" ", max) : max)}…`;
}

export function countDescendants(n: PlanNode): number {
  let c = 0;
  for (const _ of walk([...n.items, ...n.sections])) c++;
  return c;
}
