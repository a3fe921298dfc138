// A DOCX read by src/docx-read, flattened into the paragraphs a clerk sees in order, each with
// where it sits (which part of the document, which table cell and how wide that is), so the
// recogniser can find the decree's components and a finding can name its paragraph.
import type { DocxBlock, DocxDocument, DocxParagraph, DocxRun } from "../docx-read/types.js";

/** Word's default left and right cell margin (0.08 in); cai-cach's header and signature tables use it too. */
const CELL_PADDING_MM = 1.9;

export interface Line {
  p: DocxParagraph;
  /** The text as shown: Word's numbering label, then the runs; spaces collapsed, NFC. */
  text: string;
  /** The text without Markdown marks typed into it ("## ", "**…**"), as a converted Markdown file
   * shows them: what the recogniser matches, so such a document is still read for what it says. */
  plain: string;
  /** 0-based section (a part of the document: the body, each appendix). */
  section: number;
  /** The table cell it sits in, if any: which table of the section, row, column. */
  cell?: { table: number; row: number; col: number };
  /** Width the paragraph may use, in mm (the text width, or its cell's less the padding). */
  widthMm: number;
}

export const visibleRuns = (p: DocxParagraph): DocxRun[] => p.runs.filter((r) => r.footnote === undefined && r.text.trim() !== "");

function lineText(p: DocxParagraph): string {
  const label = p.numbering?.label ? `${p.numbering.label} ` : "";
  return `${label}${p.text}`
    .normalize("NFC")
    .replace(/[ \t\u00a0]+/gu, " ")
    .trim();
}

export const plainText = (text: string): string =>
  text
    .replace(/^#{1,6}\s+/u, "")
    .replace(/^([*_]{1,3})(.+?)\1$/u, "$2")
    .trim();

/** Every paragraph of the main document in order, tables entered cell by cell (left to right, top to bottom). */
export function documentLines(doc: DocxDocument): Line[] {
  const out: Line[] = [];
  doc.sections.forEach((section, s) => {
    const { page } = section;
    const textWidth = page.widthMm - page.margins.leftMm - page.margins.rightMm;
    let table = 0;
    const visit = (blocks: DocxBlock[], widthMm: number, cell?: Line["cell"]): void => {
      for (const b of blocks) {
        if (b.kind === "paragraph") {
          const text = lineText(b);
          out.push({ p: b, text, plain: plainText(text), section: s, widthMm, ...(cell ? { cell } : {}) });
          continue;
        }
        const t = cell ? cell.table : table++;
        b.rows.forEach((row, r) => {
          let col = 0;
          for (const c of row) {
            const grid = b.columnsMm.slice(col, col + c.span).reduce((a, x) => a + x, 0);
            const w = (c.widthMm ?? (grid || widthMm / Math.max(row.length, 1))) - 2 * CELL_PADDING_MM;
            visit(c.blocks, w, { table: t, row: r, col });
            col += c.span;
          }
        });
      }
    };
    visit(section.blocks, textWidth);
  });
  return out;
}

/** Header or footer paragraphs of a section by kind ("default", "first", "even"). */
export function partParagraphs(blocks: DocxBlock[] | undefined): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const visit = (bs: DocxBlock[]): void => {
    for (const b of bs) {
      if (b.kind === "paragraph") out.push(b);
      else for (const row of b.rows) for (const c of row) visit(c.blocks);
    }
  };
  visit(blocks ?? []);
  return out;
}

/** A paragraph that is a drawn rule: no text, and a border under it or a line shape in it. */
export function ruleLengthMm(line: Line): number | undefined {
  const shape = line.p.shapes?.find((s) => s.kind === "line");
  if (shape) return shape.widthMm ?? Number.NaN;
  if (line.text !== "") return undefined;
  const border = line.p.format?.borderBottom;
  if (!border || border.style === "none") return undefined;
  const f = line.p.format!;
  return line.widthMm - (f.indentLeftMm ?? 0) - (f.indentRightMm ?? 0);
}
