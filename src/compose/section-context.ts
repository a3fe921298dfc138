// The body's mục / khoản / điểm as the `sections` partial needs them: every number generated
// from the structure (src/compose/numbering.ts), every style chosen by depth (Phụ lục I, II.6.b).
import type { Item, Section, Table, Unit } from "../model/plan.js";
import type { StyleName } from "../layout/nd30.js";
import { type Level, levelLabel, numberingLevels } from "../model/numbering.js";
import { sectionContent } from "../model/section-content.js";
import type { Shape } from "../templates/context-shape.js";

export interface Line {
  style: StyleName;
  text: string;
}

export interface TableContext {
  /** Markup options after "@table data": "widths=1,3 header-rows=1". */
  options: string;
  columns: string[];
  /** Cells with their style: figures right-aligned (BangSo), text left (Bang). */
  rows: Line[][];
}

/** A cell that is only a figure (1.500.000, 12,5%, 48) reads best right-aligned, as in a ledger. */
const FIGURE = /^[-+]?\d[\d.,]*\s*%?$/;

/** A dash item and its "+" sub-items (the template writes both marks). */
export interface ItemContext {
  text: string;
  subitems: string[];
}

/** One block of a section's body, in print order: exactly one field is set. */
export interface ContentContext {
  paragraph: Line | null;
  items: ItemContext[];
  table: TableContext | null;
  sections: SectionContext[];
}

export interface SectionContext {
  /** The heading lines ("Phần I" and its title; "I. MỤC TIÊU"; "1. Mục tiêu"); none when the number opens the text. */
  headings: Line[];
  /** Paragraphs, items, tables and sub-sections in print order; the first paragraph carries the
   * number when there is no heading. */
  body: ContentContext[];
}

const lineShape: Shape<Line> = { style: true, text: true };
export const tableShape: Shape<TableContext> = { options: true, columns: { each: true }, rows: { each: { each: lineShape } } };
/** Cyclic like the sections themselves: a section's sub-sections have the section's shape. */
export const sectionShape: Shape<SectionContext> = {
  headings: { each: lineShape },
  body: {
    each: {
      paragraph: lineShape,
      items: { each: { text: true, subitems: { each: true } } },
      table: tableShape,
      sections: {
        get each() {
          return sectionShape;
        },
      },
    },
  },
};

export function tableContext(t: Table): TableContext {
  const widths = t.widths && t.widths.length === t.columns.length ? `widths=${t.widths.join(",")} ` : "";
  const cell = (text: string): Line => ({ style: FIGURE.test(text.trim()) ? "BangSo" : "Bang", text });
  return { options: `${widths}header-rows=1`, columns: t.columns, rows: t.rows.map((r) => t.columns.map((_, i) => cell(r[i] ?? ""))) };
}

/** Style of a titled heading at each level (II.6.b). */
const HEADING_STYLE: Record<Level, StyleName> = { phan: "Phan", muc: "Muc", khoan: "Khoan", diem: "Diem", decimal: "Khoan" };
/** Style of the first paragraph when the number opens it (khoản without a title: body style). */
const NUMBERED_TEXT_STYLE: Record<Level, StyleName> = { phan: "Phan", muc: "Muc", khoan: "NoiDung", diem: "Diem", decimal: "NoiDung" };
/** Levels whose titles are IN HOA (II.6.b: the titles of phần and mục). */
const UPPER: ReadonlySet<Level> = new Set(["phan", "muc"]);

const block = (fields: Partial<ContentContext>): ContentContext => ({ paragraph: null, items: [], table: null, sections: [], ...fields });

const itemContext = (it: string | Item): ItemContext =>
  typeof it === "string" ? { text: it, subitems: [] } : { text: it.text, subitems: it.items ?? [] };

function headingsOf(level: Level | undefined, label: string, title: string | undefined): Line[] {
  if (title === undefined) return [];
  if (level === "phan")
    return [
      { style: "Phan", text: label },
      { style: "PhanTen", text: title },
    ];
  return [{ style: level ? HEADING_STYLE[level] : "GachDauDong", text: `${label} ${title}` }];
}

/**
 * The contexts of a list of sections under `parentPath` (1-based positions), numbered by
 * `levels` (src/model/numbering.ts) exactly as the plan walker numbers them.
 */
export function sectionContexts(
  sections: Section[],
  units: Unit[] = [],
  levels: readonly Level[] = numberingLevels(),
  parentPath: number[] = [],
  counter = { next: 0 },
): SectionContext[] {
  return sections.map((s) => {
    const path = [...parentPath, ++counter.next];
    const level = levels[path.length - 1];
    const label = levelLabel(levels, path);
    // A section about a unit with no title of its own takes the unit's name (section V of a plan).
    const unitName = s.unit ? units.find((u) => u.id === s.unit)?.name : undefined;
    const rawTitle = s.title ?? unitName;
    const title = rawTitle !== undefined && level && UPPER.has(level) ? rawTitle.toLocaleUpperCase("vi") : rawTitle;
    const headings = headingsOf(level, label, title);
    const children = { next: 0 };
    const body = sectionContent(s, "").map((piece): ContentContext => {
      if (piece.kind === "text") return block({ paragraph: { style: "NoiDung", text: piece.text } });
      if (piece.kind === "items") return block({ items: piece.items.map(itemContext) });
      if (piece.kind === "table") return block({ table: tableContext(piece.table) });
      return block({ sections: sectionContexts(piece.sections, units, levels, path, children) });
    });
    if (headings.length === 0) {
      const numberedStyle = level ? NUMBERED_TEXT_STYLE[level] : "GachDauDong";
      const first = body[0]?.paragraph;
      if (title === undefined && first && level !== "phan")
        body[0] = block({ paragraph: { style: numberedStyle, text: `${label} ${first.text}` } });
      else headings.push({ style: numberedStyle, text: label });
    }
    return { headings, body };
  });
}
