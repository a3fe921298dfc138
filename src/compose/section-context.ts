// The body's mục / khoản / điểm as the `sections` partial needs them: every number generated
// from the structure (src/compose/numbering.ts), every style chosen by depth (Phụ lục I, II.6.b).
import type { Section, Table, Unit } from "../model/plan.js";
import type { StyleName } from "../layout/nd30.js";
import { headingLabel } from "../model/numbering.js";
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

export interface SectionContext {
  /** The heading line ("I. MỤC TIÊU", "1. Mục tiêu"), or null when the number opens the text. */
  heading: Line | null;
  /** Paragraphs of section.text; the first carries the number when there is no heading. */
  paragraphs: Line[];
  /** Dash items, without the dash (the template writes it). */
  items: string[];
  table: TableContext | null;
  sections: SectionContext[];
}

const lineShape: Shape<Line> = { style: true, text: true };
export const tableShape: Shape<TableContext> = { options: true, columns: { each: true }, rows: { each: { each: lineShape } } };
/** Cyclic like the sections themselves: a section's sub-sections have the section's shape. */
export const sectionShape: Shape<SectionContext> = {
  heading: lineShape,
  paragraphs: { each: lineShape },
  items: { each: true },
  table: tableShape,
  sections: {
    get each() {
      return sectionShape;
    },
  },
};

export function tableContext(t: Table): TableContext {
  const widths = t.widths && t.widths.length === t.columns.length ? `widths=${t.widths.join(",")} ` : "";
  const cell = (text: string): Line => ({ style: FIGURE.test(text.trim()) ? "BangSo" : "Bang", text });
  return { options: `${widths}header-rows=1`, columns: t.columns, rows: t.rows.map((r) => t.columns.map((_, i) => cell(r[i] ?? ""))) };
}

const asList = (t: string | string[] | undefined): string[] => (t === undefined ? [] : Array.isArray(t) ? t : [t]);

const HEADING_STYLE: Record<number, StyleName> = { 1: "Muc", 2: "Khoan", 3: "Diem" };
/** Style of the first paragraph when the number opens it (khoản without a title: body style). */
const NUMBERED_TEXT_STYLE: Record<number, StyleName> = { 1: "Muc", 2: "NoiDung", 3: "Diem" };

export function sectionContexts(sections: Section[], units: Unit[] = [], depth = 1): SectionContext[] {
  return sections.map((s, i) => {
    const label = headingLabel(depth, i + 1);
    // A section about a unit with no title of its own takes the unit's name (section V of a plan).
    const unitName = s.unit ? units.find((u) => u.id === s.unit)?.name : undefined;
    const rawTitle = s.title ?? unitName;
    const title = rawTitle === undefined ? undefined : depth === 1 ? rawTitle.toLocaleUpperCase("vi") : rawTitle;
    const texts = asList(s.text);
    const paragraphs: Line[] = texts.map((text) => ({ style: "NoiDung", text }));
    let heading: Line | null = null;
    if (title !== undefined) heading = { style: HEADING_STYLE[depth] ?? "GachDauDong", text: `${label} ${title}` };
    else if (paragraphs.length > 0)
      paragraphs[0] = { style: NUMBERED_TEXT_STYLE[depth] ?? "GachDauDong", text: `${label} ${paragraphs[0].text}` };
    else heading = { style: NUMBERED_TEXT_STYLE[depth] ?? "GachDauDong", text: label };
    return {
      heading,
      paragraphs,
      items: (s.items ?? []).map((it) => (typeof it === "string" ? it : it.text)),
      table: s.table ? tableContext(s.table) : null,
      sections: sectionContexts(s.sections ?? [], units, depth + 1),
    };
  });
}
