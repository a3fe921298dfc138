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
export function strings(plan: Plan): readonly PlanString[] {
  // Four rules read every string: walk the plan once per check, not once per rule.
  let out = walked.get(plan);
  if (out) return out;
  const found: PlanString[] = [];
  const visit = (v: unknown, pointer: string): void => {
    if (typeof v === "string") found.push({ text: v, pointer });
    else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) visit(x, joinPointer(pointer, i));
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) if (!(pointer === "" && k === "source")) visit(x, joinPointer(pointer, k));
    }
  };
  visit(plan, "");
  out = found;
  walked.set(plan, out);
  return out;
}

export interface PlanString {
  readonly text: string;
  readonly pointer: string;
}

// Plans are not changed once loaded: the walk of one stays true while the plan lives.
const walked = new WeakMap<Plan, readonly PlanString[]>();

/** The prose strings a reader sees (texts, titles, items, opening, closing), for text rules. */
export function isProse(pointer: string): boolean {
  return (
    !/\/(id|unit|units|type|code|date|frequency|deadline|prefix|abbreviation)(\/\d+)?$/.test(pointer) && !pointer.startsWith("/filing")
  );
}
