// The plan's body as one tree of uniform nodes (sections, dash items, appendices), each labelled
// with the number the rendered document gives it: depth 1 mục "I", depth 2 khoản "1", depth 3
// điểm "a" (NĐ 30/2020, Phụ lục I, II.6.b; letters in Vietnamese order, with đ, without f j w z).

import type { Item, Plan, Section, Table, Target } from "../model/plan.js";

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

const LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split(" ");
const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

function sectionLabel(depth: number, index: number): string {
  if (depth === 1) return `mục ${roman(index + 1)}`;
  if (depth === 2) return `khoản ${index + 1}`;
  if (depth === 3) return `điểm ${LETTERS[index] ?? index + 1}`;
  return `tiết ${index + 1}`;
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

function sectionNode(s: Section, depth: number, index: number, parent?: PlanNode, prefix?: string): PlanNode {
  const own = sectionLabel(depth, index);
  const node: PlanNode = {
    kind: "section",
    id: s.id,
    label: parent ? join(own, parent) : prefix ? `${own} ${prefix}` : own,
    title: s.title === undefined ? undefined : asText(s.title),
    text: paragraphs(s.text),
    units: s.units ?? [],
    unit: s.unit,
    targets: s.targets,
    table: s.table,
    items: [],
    sections: [],
    parent,
  };
  node.items = (s.items ?? []).map((it, i) => itemNode(it, i, node));
  node.sections = (s.sections ?? []).map((c, i) => sectionNode(c, depth + 1, i, node));
  return node;
}

/** Top-level nodes: the body's mục, then each appendix (with its own numbering inside). */
export function planTree(plan: Plan): PlanNode[] {
  const body = (plan.body ?? []).map((s, i) => sectionNode(s, 1, i));
  const appendices = (plan.appendices ?? []).map((a, i): PlanNode => {
    const node: PlanNode = {
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
    node.sections = (a.sections ?? []).map((c, j) => sectionNode(c, 1, j, node));
    return node;
  });
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
