// Walks a plan with JSON pointers, so every rule can point at the exact key or value it judges.
import type { Item, Plan, Section } from "../model/plan.js";
import { joinPointer } from "../diagnostics/pointer.js";

export interface SectionVisit {
  section: Section;
  pointer: string;
  /** 1 = mục (I.), 2 = khoản (1.), 3 = điểm (a)). */
  depth: number;
  /** Inside an appendix rather than the body. */
  inAppendix: boolean;
}

export function sections(plan: Plan): SectionVisit[] {
  const out: SectionVisit[] = [];
  const visit = (list: Section[] | undefined, base: string, depth: number, inAppendix: boolean): void => {
    (list ?? []).forEach((section, i) => {
      const pointer = joinPointer(base, i);
      out.push({ section, pointer, depth, inAppendix });
      visit(section.sections, joinPointer(pointer, "sections"), depth + 1, inAppendix);
    });
  };
  visit(plan.body, "/body", 1, false);
  (plan.appendices ?? []).forEach((a, i) => visit(a.sections, joinPointer("/appendices", i, "sections"), 1, true));
  return out;
}

export interface ItemVisit {
  item: Item;
  pointer: string;
  /** Pointer of the item's text (the item itself when it is a plain string). */
  textPointer: string;
}

export function items(plan: Plan): ItemVisit[] {
  const out: ItemVisit[] = [];
  for (const { section, pointer } of sections(plan)) {
    (section.items ?? []).forEach((raw, i) => {
      const p = joinPointer(pointer, "items", i);
      if (typeof raw === "string") out.push({ item: { text: raw }, pointer: p, textPointer: p });
      else out.push({ item: raw, pointer: p, textPointer: joinPointer(p, "text") });
    });
  }
  return out;
}

/** Every string of the plan with its pointer (keys excluded; `source` is the loader's). */
export function strings(plan: Plan): { text: string; pointer: string }[] {
  const out: { text: string; pointer: string }[] = [];
  const visit = (v: unknown, pointer: string): void => {
    if (typeof v === "string") out.push({ text: v, pointer });
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, joinPointer(pointer, i)));
    else if (v && typeof v === "object") {
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
