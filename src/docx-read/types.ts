// What a DOCX holds, as cai-cach's readers need it (`import` now, `audit` later): paragraphs with
// their resolved style, direct formatting and numbering label; tables; sections with their page
// setup, headers and footers. Plain data, no XML: a reader of this model never sees WordprocessingML.

/** Paragraph alignment as Word stores it (w:jc): "both" is justified. */
export type Alignment = "left" | "center" | "right" | "both" | "distribute" | string;

export interface StyleInfo {
  id: string;
  /** The name a clerk sees in Word ("Heading 1", "Mục"). */
  name: string;
  basedOn?: string;
  /** Resolved through basedOn and the document defaults. */
  bold?: boolean;
  italic?: boolean;
  sizePt?: number;
  font?: string;
  align?: Alignment;
  /** A style that numbers its paragraphs (w:numPr in the style). */
  numbering?: { numId: string; level: number };
  /** Outline level 0–8 (headings). */
  outlineLevel?: number;
}

export interface DocxRun {
  text: string;
  /** Direct formatting on the run (w:rPr), undefined when not set there. */
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  sizePt?: number;
  font?: string;
  /** A footnote reference: the note's text (its paragraphs joined by line breaks). */
  footnote?: string;
  /** What Word shows: direct formatting over the run's character style, the paragraph's style and
   * the document defaults (formatting.ts). */
  format?: RunFormat;
}

/** Run properties (w:rPr); undefined where nothing in the chain sets them. */
export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** w:caps: shown in capitals whatever the typed case. */
  caps?: boolean;
  sizePt?: number;
  font?: string;
  /** A theme font reference (minorHAnsi…) instead of a font name. */
  themeFont?: string;
  color?: string;
}

/** Paragraph properties (w:pPr); undefined where nothing in the chain sets them. */
export interface ParagraphFormat {
  align?: Alignment;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Line spacing: a multiple of single ("auto") or a height in points (atLeast, exact). */
  line?: { lines: number } | { pt: number; exact: boolean };
  indentLeftMm?: number;
  indentRightMm?: number;
  /** Negative for a hanging indent. */
  indentFirstLineMm?: number;
  /** A border under the paragraph (a rule drawn as one, as cai-cach and LibreOffice write it). */
  borderBottom?: { style: string; sizePt: number };
}

/** A line drawn as a shape anchored in a paragraph (Word's Insert → Shapes → Line). */
export interface DocxShape {
  kind: "line" | "other";
  /** Horizontal extent in mm when the file states it. */
  widthMm?: number;
}

export interface DocxParagraph {
  kind: "paragraph";
  /** 1-based position among all paragraphs of the main document, tables included: what a
   * diagnostic points at ("đoạn 12"). Header, footer and footnote paragraphs are numbered 0. */
  index: number;
  style: StyleInfo;
  /** Direct paragraph formatting (w:pPr), undefined when not set there. */
  align?: Alignment;
  indentFirstLineMm?: number;
  /** The label Word's automatic numbering shows before the text ("1.", "a)", "-"), and where it came from. */
  numbering?: { numId: string; level: number; label: string; format: string };
  runs: DocxRun[];
  /** The runs' text joined: tabs as "\t", line breaks as "\n", without the numbering label. */
  text: string;
  /** Every visible character is bold (run formatting over the style), and italic. */
  bold: boolean;
  italic: boolean;
  /** A page break inside or before the paragraph. */
  pageBreak: boolean;
  /** What Word shows: direct paragraph formatting over the style chain and the defaults. */
  format?: ParagraphFormat;
  /** Field instructions in the paragraph ("PAGE", "NUMPAGES"), first word upper-cased. */
  fields?: string[];
  /** Shapes anchored in the paragraph (lines drawn as rules). */
  shapes?: DocxShape[];
}

export interface DocxCell {
  blocks: DocxBlock[];
  /** Columns this cell spans (w:gridSpan). */
  span: number;
  widthMm?: number;
}

export interface DocxTable {
  kind: "table";
  rows: DocxCell[][];
  /** Any border drawn on the table (the header and signature tables of a decree document have none). */
  borders: boolean;
  /** Grid column widths in mm. */
  columnsMm: number[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  landscape: boolean;
  margins: { topMm: number; rightMm: number; bottomMm: number; leftMm: number; headerMm?: number; footerMm?: number };
  titlePage: boolean;
  pageNumberStart?: number;
}

export interface DocxSection {
  /** The body blocks of this section, in order. */
  blocks: DocxBlock[];
  page: PageSetup;
  /** Header and footer content by kind (default, first, even). */
  headers: Map<string, DocxBlock[]>;
  footers: Map<string, DocxBlock[]>;
}

export interface DocxDocument {
  sections: DocxSection[];
  styles: ReadonlyMap<string, StyleInfo>;
  /** Every body block of every section, in order (sections flattened). */
  blocks: DocxBlock[];
  /** The theme's Latin fonts, which a run's themeFont (minorHAnsi…) stands for. */
  themeFonts?: { minor?: string; major?: string };
}
