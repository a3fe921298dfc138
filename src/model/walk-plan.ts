// The one walk over a plan's sections and dash items, in document order, for every layer: the
// clerk's rules (pointers), the log index (ids and enclosing sections), the diff and compose
// (numbers). Each visit carries its JSON pointer, its depth (1 mục, 2 khoản, 3 điểm), the number
// the rendered document gives it (Phụ lục I, II.6.b: "I.", "1.", "a)") and whether it is in an
// appendix; inside a section, its dash items come before its sub-sections, as rendered.
import { joinPointer } from "../diagnostics/pointer.js";
import { headingLabel } from "./numbering.js";
import type { Appendix, Item, Plan, Section } from "./plan.js";

export interface SectionVisit {
  kind: "section";
  section: Section;
  pointer: string;
  /** 1 = mục (I.), 2 = khoản (1.), 3 = điểm (a)), deeper: dash. */
  depth: number;
  /** 0-based position among its siblings. */
  index: number;
  /** "I.", "1.", "a)" or "-": the number the document prints (body and appendices alike). */
  label: string;
  /** Inside an appendix rather than the body. */
  inAppendix: boolean;
  /** The appendix it is in, with its 0-based position; undefined in the body. */
  appendix?: { appendix: Appendix; index: number };
  /** Enclosing sections, outermost first. */
  ancestors: Section[];
  /** The enclosing section's visit; undefined at depth 1. */
  parent?: SectionVisit;
}

export interface ItemVisit {
  kind: "item";
  /** A plain-string item as `{ text }`. */
  item: Item;
  /** As written in the plan: a string or an object. */
  raw: string | Item;
  pointer: string;
  /** Pointer of the item's text (the item itself when it is a plain string). */
  textPointer: string;
  /** 0-based position among the section's items. */
  index: number;
  section: SectionVisit;
}

export type PlanVisit = SectionVisit | ItemVisit;

/** Every section and dash item of the body, then of each appendix, in document order. */
export function* walkPlan(plan: Plan): Generator<PlanVisit> {
  yield* walkSections(plan.body, "/body", undefined, undefined);
  for (const [index, appendix] of (plan.appendices ?? []).entries())
    yield* walkSections(appendix.sections, joinPointer("/appendices", index, "sections"), undefined, { appendix, index });
}

function* walkSections(
  list: Section[] | undefined,
  base: string,
  parent: SectionVisit | undefined,
  appendix: SectionVisit["appendix"],
): Generator<PlanVisit> {
  const depth = parent ? parent.depth + 1 : 1;
  const ancestors = parent ? [...parent.ancestors, parent.section] : [];
  for (const [index, section] of (list ?? []).entries()) {
    const pointer = joinPointer(base, index);
    const visit: SectionVisit = {
      kind: "section",
      section,
      pointer,
      depth,
      index,
      label: headingLabel(depth, index + 1),
      inAppendix: appendix !== undefined,
      appendix,
      ancestors,
      parent,
    };
    yield visit;
    for (const [i, raw] of (section.items ?? []).entries()) {
      const p = joinPointer(pointer, "items", i);
      const plain = typeof raw === "string";
      yield {
        kind: "item",
        item: plain ? { text: raw } : raw,
        raw,
        pointer: p,
        textPointer: plain ? p : joinPointer(p, "text"),
        index: i,
        section: visit,
      };
    }
    yield* walkSections(section.sections, joinPointer(pointer, "sections"), visit, appendix);
  }
}

/** The sections only. */
export const planSections = (plan: Plan): SectionVisit[] => [...walkPlan(plan)].filter((v): v is SectionVisit => v.kind === "section");

/** The dash items only. */
export const planItems = (plan: Plan): ItemVisit[] => [...walkPlan(plan)].filter((v): v is ItemVisit => v.kind === "item");
