// The one document tree between composing and writing (pandoc's model): small and closed.
// Writers (DOCX, PDF, Markdown) handle every Block["type"]; none of them decides a size or a
// font: they look up the style by name in the layout spec (src/layout/nd30.ts).

import type { Align, StyleName } from "../layout/nd30.js";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A footnote reference: `text` is its number (1, 2, … in document order), `note` the
   * footnote's text — a real footnote in the DOCX, at the foot of the citing page in the PDF. */
  note?: string;
}

export interface Paragraph {
  type: "paragraph";
  style: StyleName;
  runs: Run[];
  /** Keep on the same page as the next block (headings, a line with its rule; the writers also
   * apply the style's own). */
  keepWithNext?: boolean;
}

/**
 * A solid horizontal rule, centred in its container: under the agency name, the Tiêu ngữ and
 * the trích yếu (Phụ lục I, ô 2, 1, 5a). Its length is computed from the font's metrics when
 * composing, so both writers draw the same line.
 */
export interface Rule {
  type: "rule";
  widthPt: number;
  /** Keep on the same page as the next block: set by keepRulesWithLines (the line's own keep). */
  keepWithNext?: boolean;
}

export type CellBlock = Paragraph | Rule;

export interface Cell {
  blocks: CellBlock[];
}

/**
 * A borderless layout table (the header and the signature row) or a data table with borders.
 * Column widths come from the layout spec by role for "header"/"signature"; data tables give
 * relative widths that the writer scales to the text width.
 */
export interface Table {
  type: "table";
  /** "joint": the signers of a joint document side by side in equal columns, Nơi nhận under them. */
  role: "header" | "signature" | "joint" | "data";
  /** Relative widths for "data" tables; for a "header", its columns in mm when they differ from
   * the spec's (a long place-date line); ignored for "signature"; "joint" columns are equal. */
  widths?: number[];
  rows: Cell[][];
  /** A column's alignment overriding its cells' paragraph styles (null: the style's own), so a
   * table can centre its TT column without a style of its own in every document's styles.xml. */
  columnAlign?: (Align | null)[];
  /** Rows (from the top) repeated on each page, for data tables. */
  headerRows?: number;
  /** Never split across pages (the signature row, Phụ lục I / practice). */
  keepTogether?: boolean;
}

export type Block = Paragraph | Rule | Table;

/**
 * A part with its own page numbering: the main document, then each appendix
 * (Phụ lục I, I.7 and III.1.đ). Every part starts on a new page; its first page shows no number.
 */
export interface Part {
  blocks: Block[];
  /** A landscape page for a wide table (Phụ lục I, I.2: allowed when the table is not moved elsewhere). */
  landscape?: boolean;
}

export interface DocumentTree {
  /** Document metadata (title, subject, author) for DOCX core properties and PDF info. */
  meta: { title: string; subject?: string; author?: string; date: string };
  parts: Part[];
}

export const paragraph = (style: StyleName, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  type: "paragraph",
  style,
  runs: [{ text }],
  ...extra,
});
