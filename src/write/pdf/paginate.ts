// Flows measured blocks down A4 pages as Word does: each Part starts a new page; a paragraph
// splits between lines with widow/orphan control of 2 lines (Word's default); keep-with-next
// chains a heading to the first lines of what follows; keep-together blocks move whole; table
// rows are never split and header rows repeat on each continuation page.

import { itemHeight, type FlowItem, type Slice } from "./flow.js";
import { shiftOps, type DrawOp } from "./ops.js";
import { footOps, notesHeight } from "./footnotes.js";

export interface PageBox {
  /** Left edge of the text area and the top/bottom limits of the flow, in pt from the top-left. */
  left: number;
  top: number;
  bottom: number;
}

/** Where a slice was drawn: its item (block) and slice index in the Part, and its top y. */
export interface PlacedSlice {
  item: number;
  slice: number;
  y: number;
}

export interface LaidPage {
  /** Index of the Part this page belongs to, and the page's number within that Part (from 1). */
  part: number;
  number: number;
  ops: DrawOp[];
  /** The slices on this page in drawing order: the HTML writer groups them back into blocks. */
  placed: PlacedSlice[];
  /** The footnotes of this page with their separator, at its foot (also in `ops`). */
  foot: DrawOp[];
}

const sum = (slices: readonly Slice[]): number => slices.reduce((s, x) => s + x.height, 0);

/** True when the item may not be split at all. */
const unsplittable = (item: FlowItem): boolean => item.keepTogether || item.slices.length < item.minHead + item.minTail;

/** Height that must fit on the current page before the item may start there. */
function leadHeight(items: readonly FlowItem[], i: number, pageHeight: number): number {
  const item = items[i];
  const own = item.spaceBefore + (unsplittable(item) || item.keepWithNext ? itemHeight(item) : sum(item.slices.slice(0, item.minHead)));
  if (!item.keepWithNext || i + 1 >= items.length) return own;
  const chained = own + item.spaceAfter + leadHeight(items, i + 1, pageHeight);
  // A chain taller than a page cannot be honoured (Word then ignores it too).
  return chained <= pageHeight ? chained : own;
}

/**
 * Flows each part onto pages. `boxes` is one box for every part, or one per part (a landscape
 * appendix has a wider, shorter text area, Phụ lục I, I.2).
 */
export function paginate(parts: readonly FlowItem[][], boxes: PageBox | readonly PageBox[]): LaidPage[] {
  const pages: LaidPage[] = [];
  const boxOf = (part: number): PageBox => (Array.isArray(boxes) ? (boxes as readonly PageBox[])[part]! : (boxes as PageBox));
  let box = boxOf(0);
  let pageHeight = box.bottom - box.top;
  let page: LaidPage;
  let y = box.top;
  /** The current page was started by the flow (not by a new part): space before is dropped at its top. */
  let flowed = false;
  /** Footnotes cited on the current page: they take room at its foot (drawn when it is full). */
  let notes: Slice[] = [];
  /** The lowest y text may reach on this page with `extra` more notes at its foot. */
  const bottomWith = (extra: readonly Slice[] = []): number => box.bottom - notesHeight([...notes, ...extra]);
  const closePage = (): void => {
    if (pages.length === 0 || notes.length === 0) return;
    page.foot = footOps(notes, box.left, box.bottom);
    page.ops.push(...page.foot);
    notes = [];
  };
  const newPage = (part: number): void => {
    closePage();
    box = boxOf(part);
    pageHeight = box.bottom - box.top;
    page = { part, number: pages.filter((p) => p.part === part).length + 1, ops: [], placed: [], foot: [] };
    pages.push(page);
    y = box.top;
  };
  const draw = (item: number, slice: number, slices: readonly Slice[]): void => {
    page.placed.push({ item, slice, y });
    page.ops.push(...shiftOps(slices[slice].ops, box.left, y));
    notes.push(...(slices[slice].notes ?? []));
    y += slices[slice].height;
  };
  parts.forEach((items, part) => {
    newPage(part);
    flowed = false;
    items.forEach((item, i) => {
      if (y > box.top && y + leadHeight(items, i, pageHeight) > bottomWith()) {
        newPage(part);
        flowed = true;
      }
      // Word and LibreOffice drop a paragraph's space before at the top of a page the text flowed
      // onto (not at the top of a new part), so the first line sits on the top margin.
      if (!(flowed && y === box.top)) y += item.spaceBefore;
      let startY = y;
      let next = 0;
      while (next < item.slices.length) {
        let end = next;
        let h = y;
        // A slice fits with the footnotes it cites (and those of the slices before it here).
        const cited: Slice[] = [];
        while (end < item.slices.length) {
          const slice = item.slices[end]!;
          const withNotes = [...cited, ...(slice.notes ?? [])];
          if (h + slice.height > bottomWith(withNotes) + 0.01) break;
          cited.push(...(slice.notes ?? []));
          h += slice.height;
          end++;
        }
        if (end < item.slices.length && !item.keepTogether) {
          // Widows: carry at least minTail slices over; but never leave fewer than minHead here.
          const tailEnd = item.slices.length - item.minTail;
          if (end > tailEnd && tailEnd >= next + Math.max(1, next === 0 ? item.minHead : 0)) end = tailEnd;
        }
        if (end === next && y === startY) end = next + 1; // taller than a page: draw rather than loop
        for (let s = next; s < end; s++) draw(i, s, item.slices);
        next = end;
        if (next < item.slices.length) {
          newPage(part);
          if (next >= item.repeat) for (let s = 0; s < item.repeat; s++) draw(i, s, item.slices);
          startY = y;
        }
      }
      y += item.spaceAfter;
    });
  });
  closePage();
  return pages;
}
