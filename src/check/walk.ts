// Walks a plan with JSON pointers, so every rule can point at the exact key or value it judges.
// Sections and items come from the one plan walker (src/model/walk-plan.ts).
import type { Plan } from "../model/plan.js";
import { joinPointer } from "../diagnostics/pointer.js";
import { planItems, planSections } from "../model/walk-plan.js";

export type { ItemVisit, SectionVisit } from "../model/walk-plan.js";

/** Every section of the body, then of the appendices, in document order. */
export const sections = planSections;

/** Every dash item, in document order. */
export const items = planItems;

/** Every string of the plan with its pointer (keys excluded; `source` is the loader's). */
export function strings(plan: Plan): { text: string; pointer: string }[] {
  const out: { text: string; pointer: string }[] = [];
  const visit = (v: unknown, pointer: string): void => {
    if (typeof v === "string") out.push({ text: v, pointer });
    else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) visit(x, joinPointer(pointer, i));
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) if (!(pointer === "" && k === "source")) visit(x, joinPointer(pointer, k));
    }
  };
  visit(plan, "");
  return out;
}

/** The prose strings a reader sees (texts, titles, items, opening, closing), for text rules. */
export function isProse(pointer: string): boolean {
  return (
    !/\/(id|unit|units|type|code|date|frequency|deadline|prefix|abbreviation)(\/\d+)?$/.test(pointer) && !pointer.startsWith("/filing")
  );
}
