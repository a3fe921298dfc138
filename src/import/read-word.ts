// A DOCX through src/docx-read into the recogniser's lines. A paragraph in one of cai-cach's
// styles keeps its style (the DOCX cai-cach wrote, or one a clerk edited in Word): the recogniser
// then knows a khoản heading from a numbered paragraph. Labels of Word's automatic numbering are
// put back before the text, as the clerk sees them. Borderless tables (the header, the signature
// row) are read cell by cell as lines; tables with borders are data tables.
import { styles as ND30_STYLES, type StyleName } from "../layout/nd30.js";
import type { DocxBlock, DocxDocument, DocxParagraph } from "../docx-read/types.js";
import type { Entry, ReadSource } from "./entries.js";

const isStyleName = (id: string): id is StyleName => Object.hasOwn(ND30_STYLES, id);

/** Footnotes cited in the text as "[^n]", numbered in document order. */
function lineText(p: DocxParagraph, footnotes: Map<string, string>): string {
  let text = "";
  for (const run of p.runs) {
    if (run.footnote !== undefined) {
      const label = String(footnotes.size + 1);
      footnotes.set(label, run.footnote);
      text += `[^${label}]`;
    } else text += run.text;
  }
  const label = p.numbering?.label ? `${p.numbering.label} ` : "";
  return `${label}${text}`.replace(/[ \t\u00a0]+/gu, " ").trim();
}

function paragraphEntries(p: DocxParagraph, footnotes: Map<string, string>, out: Entry[]): void {
  if (p.pageBreak && out.length > 0) out.push({ kind: "break", at: { paragraph: p.index } });
  const style = isStyleName(p.style.id) ? p.style.id : undefined;
  // A line break typed inside a paragraph (Shift+Enter) separates lines of a header or signature block.
  for (const piece of lineText(p, footnotes).split(/\s*\n\s*/)) {
    if (piece === "") continue;
    out.push({ kind: "line", text: piece, style, bold: p.bold, italic: p.italic, at: { paragraph: p.index } });
  }
}

function blockEntries(blocks: DocxBlock[], footnotes: Map<string, string>, out: Entry[], skipped: ReadSource["skipped"]): void {
  for (const b of blocks) {
    if (b.kind === "paragraph") {
      paragraphEntries(b, footnotes, out);
      continue;
    }
    const first = b.rows[0]?.[0]?.blocks.find((x): x is DocxParagraph => x.kind === "paragraph");
    const at = { paragraph: first?.index ?? 0 };
    if (!b.borders) {
      // Layout: each cell's paragraphs in reading order (left to right, top to bottom).
      for (const row of b.rows) for (const cell of row) blockEntries(cell.blocks, footnotes, out, skipped);
      continue;
    }
    const rows = b.rows.map((row) =>
      row.map((cell) => {
        const nested = cell.blocks.some((x) => x.kind === "table");
        if (nested) skipped.push({ at, what: "bảng lồng trong một ô của bảng" });
        return cell.blocks
          .flatMap((x) => (x.kind === "paragraph" ? [lineText(x, footnotes)] : []))
          .filter((t) => t !== "")
          .join("\n");
      }),
    );
    out.push({ kind: "table", rows, at, columnsMm: b.columnsMm });
  }
}

export function readWord(doc: DocxDocument): ReadSource {
  const footnotes = new Map<string, string>();
  const entries: Entry[] = [];
  const skipped: ReadSource["skipped"] = [];
  doc.sections.forEach((section, i) => {
    const first = section.blocks.find((b): b is DocxParagraph => b.kind === "paragraph");
    if (i > 0) entries.push({ kind: "break", at: { paragraph: first?.index ?? 0 }, landscape: section.page.landscape });
    blockEntries(section.blocks, footnotes, entries, skipped);
  });
  return { entries, footnotes, skipped };
}
