// Compares the body trees of two versions: pairs nodes (by id anywhere in the plan, else by
// position and text within the same parent), then compares each pair's wording, units, targets
// and table. Unpaired nodes are additions and removals, reported once with their sub-items.

import type { Table, Target } from "../model/plan.js";
import type { NodeRef, PlanChange, TargetField } from "./changes.js";
import { align } from "./align.js";
import { countDescendants, excerpt, walk, type PlanNode } from "./plan-tree.js";

const ref = (n: PlanNode): NodeRef => ({ kind: n.kind, id: n.id, label: n.label, excerpt: excerpt(n) });
const nodeText = (n: PlanNode): string => [n.title, n.text].filter(Boolean).join("\n");

export function diffBody(before: PlanNode[], after: PlanNode[]): PlanChange[] {
  const idsBefore = new Map<string, PlanNode>();
  const idsAfter = new Map<string, PlanNode>();
  for (const n of walk(before)) if (n.id) idsBefore.set(n.id, n);
  for (const n of walk(after)) if (n.id) idsAfter.set(n.id, n);
  const idsElsewhere = { before: new Set(idsBefore.keys()), after: new Set(idsAfter.keys()) };
  const paired = new Map<PlanNode, PlanNode>(); // after → before
  const changes: PlanChange[] = [];

  const diffLists = (b: PlanNode[], a: PlanNode[]): void => {
    const al = align(b, a, { text: nodeText, id: (n) => n.id, idsElsewhere });
    // Nodes whose id lives elsewhere in the other version pair with that node (a move).
    for (const n of a) {
      const old = n.id ? idsBefore.get(n.id) : undefined;
      if (old && !al.pairs.some((p) => p.after === n)) al.pairs.push({ before: old, after: n });
    }
    const order = new Map(a.map((n, i) => [n, i]));
    al.pairs.sort((x, y) => order.get(x.after)! - order.get(y.after)!);
    for (const n of al.removed) changes.push({ kind: "removed", node: ref(n), text: nodeText(n), descendants: countDescendants(n) });
    for (const { before: o, after: n } of al.pairs) {
      paired.set(n, o);
      comparePair(o, n);
    }
    for (const n of al.added) {
      changes.push({ kind: "added", node: ref(n), text: nodeText(n), descendants: countDescendants(n) });
      adoptMoved(n);
    }
  };

  // An existing item with an id may have moved into a new section: pair it there (a move).
  const adoptMoved = (n: PlanNode): void => {
    for (const child of [...n.items, ...n.sections]) {
      const old = child.id ? idsBefore.get(child.id) : undefined;
      if (old) {
        paired.set(child, old);
        comparePair(old, child);
      } else adoptMoved(child);
    }
  };

  const comparePair = (o: PlanNode, n: PlanNode): void => {
    const r = ref(n);
    const parentMoved = o.parent !== (n.parent ? paired.get(n.parent) : undefined);
    if (o.id && parentMoved && (o.parent?.id ?? o.parent?.label) !== (n.parent?.id ?? n.parent?.label)) {
      changes.push({ kind: "moved", node: r, from: o.label });
    }
    if ((o.title ?? "") !== (n.title ?? ""))
      changes.push({ kind: "reworded", node: r, part: "title", before: o.title ?? "", after: n.title ?? "" });
    if (o.text !== n.text) changes.push({ kind: "reworded", node: r, part: "text", before: o.text, after: n.text });
    const units = diffSets([...o.units, ...(o.unit ? [o.unit] : [])], [...n.units, ...(n.unit ? [n.unit] : [])]);
    if (units.added.length || units.removed.length) changes.push({ kind: "units", node: r, ...units });
    changes.push(...diffTargets(r, o.targets, n.targets));
    const t = diffTable(o.table, n.table);
    if (t) changes.push({ kind: "table", node: r, ...t });
    diffLists(o.items, n.items);
    diffLists(o.sections, n.sections);
  };

  diffLists(before, after);
  return changes;
}

export function diffSets(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

const TARGET_FIELDS: TargetField[] = ["quantities", "deadline", "frequency", "budget"];

function diffTargets(node: NodeRef, o: Target | undefined, n: Target | undefined): PlanChange[] {
  const out: PlanChange[] = [];
  for (const field of TARGET_FIELDS) {
    const b = o?.[field];
    const a = n?.[field];
    if (JSON.stringify(b ?? null) !== JSON.stringify(a ?? null)) out.push({ kind: "target", node, field, before: b, after: a });
  }
  return out;
}

function diffTable(o: Table | undefined, n: Table | undefined) {
  if (!o && !n) return undefined;
  const rows = (t?: Table) => (t?.rows ?? []).map((r) => r.join(" | "));
  const al = align(rows(o), rows(n), { text: (r) => r });
  const rowsChanged = al.pairs.filter((p) => p.before !== p.after).length;
  const columnsChanged = JSON.stringify(o?.columns ?? []) !== JSON.stringify(n?.columns ?? []);
  if (!columnsChanged && !rowsChanged && !al.added.length && !al.removed.length) return undefined;
  return { rowsAdded: al.added.length, rowsRemoved: al.removed.length, rowsChanged, columnsChanged };
}
