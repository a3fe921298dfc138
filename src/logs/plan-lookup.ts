// What clerks type, resolved against the plan: a unit by its id, its abbreviation ("VP") or its
// name ("Văn phòng Sở"), compared without case or tone marks; a bare quantity ("3") given the
// measure of the target when the items it is logged against have exactly one.
import { fold } from "../diagnostics/did-you-mean.js";
import { normaliseMeasure } from "./log-model.js";
import type { PlanIndex } from "./plan-index.js";

/** Compared without case, tone marks, or the kind of dash ("Tổ chức - Hành chính" = "Tổ chức – Hành chính"). */
const squash = (s: string): string =>
  fold(s.normalize("NFC"))
    .replace(/\s*[-\u2010-\u2015]\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();

/** The unit id the text names, or undefined (the log rules then report it with suggestions). */
export function resolveUnit(text: string, plan: PlanIndex): string | undefined {
  if (plan.unitIds.has(text)) return text;
  const want = squash(text);
  for (const u of plan.plan.units ?? []) {
    if ([u.id, u.abbreviation, u.name].some((name) => name !== undefined && squash(name) === want)) return u.id;
  }
  return undefined;
}

/** The one measure of the items' quantity targets, or undefined when they have none or several. */
export function onlyMeasure(items: readonly string[], plan: PlanIndex): string | undefined {
  const measures = new Map<string, string>();
  for (const id of items)
    for (const q of plan.nodes.get(id)?.targets?.quantities ?? []) measures.set(normaliseMeasure(q.measure), q.measure);
  return measures.size === 1 ? [...measures.values()][0] : undefined;
}

/** "3" → "3 <measure>" when the measure is known; other texts unchanged. */
export function withMeasure(quantity: string, measure: string | undefined): string {
  return measure !== undefined && /^\s*-?[\d.,]+\s*$/.test(quantity) ? `${quantity.trim()} ${measure}` : quantity;
}
