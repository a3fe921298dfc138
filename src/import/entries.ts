// What every reader of `cai-cach import` hands the recogniser: the document as a flat list of
// lines (a paragraph, or one line of a paragraph broken by the clerk), data tables and part
// breaks, each with where it came from. The header and signature tables of a decree document
// are layout, not data: their cells are read in order as lines, as a text file would hold them.
import type { StyleName } from "../layout/nd30.js";

/** Where an entry is in the source: its paragraph (DOCX, counted as in the document) or its line (text, Markdown). */
export type Where = { paragraph: number } | { line: number };

export interface Line {
  kind: "line";
  text: string;
  /** The cai-cach style the source names (a DOCX written by cai-cach); undefined from other sources. */
  style?: StyleName;
  bold: boolean;
  italic: boolean;
  /** A Markdown heading's depth (# = 1). */
  heading?: number;
  /** The source marks headings (Markdown's "#", bold): an unmarked numbered line is text, not a heading. */
  marked?: boolean;
  /** Joined from two lines of the source (a paragraph cut in two). */
  joined?: boolean;
  at: Where;
}

export interface TableEntry {
  kind: "table";
  rows: string[][];
  at: Where;
  /** Column widths in mm, when the source has them (a DOCX). */
  columnsMm?: number[];
}

/** A new part: a page break between the decision and its plan, or before an appendix. */
export interface PartBreak {
  kind: "break";
  at: Where;
  landscape?: boolean;
}

export type Entry = Line | TableEntry | PartBreak;

export interface ReadSource {
  entries: Entry[];
  /** Footnote label → text; the lines cite them as "[^label]". */
  footnotes: Map<string, string>;
  /** Problems of the reading itself (a part that is not understood). */
  skipped: { at: Where; what: string }[];
}

export const whereText = (at: Where): string => ("paragraph" in at ? `đoạn ${at.paragraph}` : `dòng ${at.line}`);
