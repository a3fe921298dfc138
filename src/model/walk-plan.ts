// The one walk over a plan's sections and dash items, in document order, for every layer: the
// clerk's rules (pointers), the log index (ids and enclosing sections), the diff and compose
// (numbers). Each visit carries its JSON pointer, its depth (1 mục, 2 khoản, 3 điểm), the number
// the rendered document gives it (Phụ lục I, II.6.b: "Phần I", "I.", "1.", "1.1.", "a)", as the
// plan's `numbering` chooses) and whether it is in an appendix; inside a section, its content
// comes in the order it is printed (src/model/section-content.ts). A Quyết định ban hành kế
// hoạch keeps the attached plan in `body`, so its items are walked exactly as a plan's.
import { joinPointer } from "../diagnostics/pointer.js";
import { type Level, levelLabel, numberingLevels } from "./numbering.js";
import type { Appendix, Item, Plan, Section } from "./plan.js";
import { sectionContent } from "./section-content.js";

export interface SectionVisit {
  kind: "section";
  section: Section;
  pointer: string;
  /** 1 = the outermost level (mục I., or Phần I when the plan has parts), 2 the next, … */
  depth: number;
  /** What this depth is in the plan's numbering; undefined past the last level (a dash). */
  level: Level | undefined;
  /** 1-based positions from the outermost section down to this one. */
  path: number[];
  /** 0-based position among its siblings. */
  index: number;
  /** "Phần I", "I.", "1.", "1.1.", "a)" or "-": the number the document prints. */
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
  /** 0-based position in its list of items. */
  index: number;
  section: SectionVisit;
}

export type PlanVisit = SectionVisit | ItemVisit;

/** Every section and dash item of the body, then of each appendix, in document order. */
export function* walkPlan(plan: Plan): Generator<PlanVisit> {
  const levels = numberingLevels(plan.numbering);
  yield* walkSections(plan.body, "/body", levels, undefined, undefined);
  // Appendices are numbered from their mục, without the body's phần (Phụ lục I, II.6.b).
  const appendixLevels = levels.filter((l) => l !== "phan");
  for (const [index, appendix] of (plan.appendices ?? []).entries())
    yield* walkSections(appendix.sections ?? [], joinPointer("/appendices", index, "sections"), appendixLevels, undefined, {
      appendix,
      index,
    });
}

/**
 * The sections of one list. `counter` numbers them: it is shared by every list of the same
 * parent (a section's `sections` and the `sections` blocks of its content), so numbers continue.
 */
function* walkSections(
  list: Section[],
  base: string,
  levels: readonly Level[],
  parent: SectionVisit | undefined,
  appendix: SectionVisit["appendix"],
  counter = { next: 0 },
): Generator<PlanVisit> {
  const depth = parent ? parent.depth + 1 : 1;
  const ancestors = parent ? [...parent.ancestors, parent.section] : [];
  for (const [i, section] of list.entries()) {
    const index = counter.next++;
    const path = [...(parent?.path ?? []), index + 1];
    const visit: SectionVisit = {
      kind: "section",
      section,
      pointer: joinPointer(base, i),
      depth,
      level: levels[depth - 1],
      path,
      index,
      label: levelLabel(levels, path),
      inAppendix: appendix !== undefined,
      appendix,
      ancestors,
      parent,
    };
    yield visit;
    yield* walkContent(visit, levels, appendix);
  }
}

/** A section's items and sub-sections in the order they are printed. */
function* walkContent(visit: SectionVisit, levels: readonly Level[], appendix: SectionVisit["appendix"]): Generator<PlanVisit> {
  const counter = { next: 0 };
  for (const piece of sectionContent(visit.section, visit.pointer)) {
    if (piece.kind === "sections") yield* walkSections(piece.sections, piece.pointer, levels, visit, appendix, counter);
    if (piece.kind !== "items") continue;
    for (const [i, raw] of piece.items.entries()) {
      const p = joinPointer(piece.pointer, i);
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
  }
}

/** The sections only. */
export const planSections = (plan: Plan): SectionVisit[] => walked(plan).sections.slice();

/** The dash items only. */
export const planItems = (plan: Plan): ItemVisit[] => walked(plan).items.slice();

// Fifteen rules and steps ask for a plan's sections or items: the plan is walked once (a loaded
// plan is not changed afterwards), and each caller gets its own copy of the list. Walking it
// again for every caller made the walk hot enough for V8 to optimise it, on every `check`.
const walks = new WeakMap<Plan, { sections: SectionVisit[]; items: ItemVisit[] }>();

function walked(plan: Plan): { sections: SectionVisit[]; items: ItemVisit[] } {
  let found = walks.get(plan);
  if (!found) {
    const all = [...walkPlan(plan)];
    found = {
      sections: all.filter((v): v is SectionVisit => v.kind === "section"),
      items: all.filter((v): v is ItemVisit => v.kind === "item"),
    };
    walks.set(plan, found);
  }
  return found;
}
