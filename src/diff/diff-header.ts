// The fields around the body: number, code, date, signer, recipients, title (trích yếu), the
// opening, the closing, the agency's own units. The reviewer reads these first.

import type { Plan } from "../model/plan.js";
import type { HeaderField, ListField, PlanChange } from "./changes.js";
import { align } from "./align.js";
import { asText } from "./plan-tree.js";

const HEADER: [HeaderField, (p: Plan) => string | number | undefined][] = [
  ["type", (p) => p.type],
  ["number", (p) => p.number],
  ["code", (p) => p.code],
  ["date", (p) => p.date],
  ["year", (p) => p.year],
  ["place", (p) => p.place],
  ["title", (p) => p.title],
  ["issuer.parent.name", (p) => p.issuer?.parent?.name],
  ["issuer.parent.abbreviation", (p) => p.issuer?.parent?.abbreviation],
  ["issuer.name", (p) => p.issuer?.name],
  ["issuer.abbreviation", (p) => p.issuer?.abbreviation],
  ["signer.prefix", (p) => p.signer?.prefix],
  ["signer.authority", (p) => p.signer?.authority],
  ["signer.title", (p) => p.signer?.title],
  ["signer.name", (p) => p.signer?.name],
  ["closing", (p) => p.closing],
  ["filing.units", (p) => p.filing?.units?.join(", ")],
  ["filing.drafter", (p) => p.filing?.drafter],
  ["filing.copies", (p) => p.filing?.copies],
];

const LISTS: [ListField, (p: Plan) => string[] | undefined][] = [
  ["opening.text", (p) => p.opening?.text],
  ["opening.basis", (p) => p.opening?.basis],
  ["addressees", (p) => p.addressees],
  ["recipients", (p) => p.recipients],
];

export function diffHeader(before: Plan, after: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const [field, get] of HEADER) {
    const b = get(before);
    const a = get(after);
    if (b !== a) changes.push({ kind: "header", field, before: b, after: a });
  }
  for (const [field, get] of LISTS) {
    const al = align((get(before) ?? []).map(asText), (get(after) ?? []).map(asText), { text: (s) => s });
    const reworded = al.pairs.filter((p) => p.before !== p.after);
    if (al.added.length || al.removed.length || reworded.length) {
      changes.push({ kind: "list", field, added: al.added, removed: al.removed, reworded });
    }
  }
  const unitsBefore = new Map((before.units ?? []).map((u) => [u.id, u]));
  const unitsAfter = new Map((after.units ?? []).map((u) => [u.id, u]));
  const unitLabel = (u: { name: string; abbreviation?: string }) => (u.abbreviation ? `${u.name} (${u.abbreviation})` : u.name);
  for (const [id, u] of unitsBefore) {
    const n = unitsAfter.get(id);
    if (!n) changes.push({ kind: "agency-unit", change: "removed", id, before: unitLabel(u) });
    else if (unitLabel(n) !== unitLabel(u))
      changes.push({ kind: "agency-unit", change: "renamed", id, before: unitLabel(u), after: unitLabel(n) });
  }
  for (const [id, u] of unitsAfter) {
    if (!unitsBefore.has(id)) changes.push({ kind: "agency-unit", change: "added", id, after: unitLabel(u) });
  }
  return changes;
}
