// Footnotes cited as "[^n]" in the plan's text (the readers write them so), with their text.
import type { Footnote, Plan } from "../../model/plan.js";

export function citedFootnotes(plan: Plan, notes: ReadonlyMap<string, string>): Footnote[] {
  const cited: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === "string") {
      for (const m of v.matchAll(/\[\^([^\]\s]+)\]/g)) if (!cited.includes(m[1]!)) cited.push(m[1]!);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  visit(plan);
  return cited.filter((id) => notes.has(id)).map((id) => ({ id, text: notes.get(id)! }));
}
