// Paragraph and Rule blocks as Word paragraphs. A paragraph only names its style; the only direct
// formatting is a run's bold/italic when the tree asks for it, and keepNext when the block does.

import { BorderStyle, FootnoteReferenceRun, LineRuleType, NoBreakHyphen, Paragraph as DocxParagraph, TextRun } from "docx";
import { isCode } from "../../layout/line-break.js";
import type { Block, CellBlock, DocumentTree, Paragraph, Rule, Run } from "../../compose/tree.js";
import { type Align, tables } from "../../layout/nd30.js";
import { alignment } from "./styles.js";
import { ptToEighthPoint, ptToHalfPoint, ptToTwip } from "../../layout/units.js";
import { replaceXmlIllegal } from "../../util/xml-text.js";

/** Where a block sits: the width it can use, in twips (text width, or cell width minus padding). */
export interface Container {
  widthTwip: number;
  /** Inside the signature row: every paragraph keeps with the next so the row never splits. */
  keepTogether?: boolean;
  /** A table column's alignment over its paragraphs' style (tree.ts Table.columnAlign). */
  align?: Align;
}

const keepNextOf = (container: Container, own?: boolean): true | undefined => own === true || container.keepTogether === true || undefined;

/**
 * The text of a run as Word's run children: in a document number or code (a word with a slash,
 * "175/KH-SVHTTDL") each hyphen is a non-breaking one, so Word and LibreOffice never split it
 * there, as the PDF writer's line breaker does not (src/layout/line-break.ts).
 */
const textChildren = (raw: string): (string | NoBreakHyphen)[] => {
  // A character XML cannot hold would make a file Word cannot open (util/xml-text.ts).
  const text = replaceXmlIllegal(raw);
  const out: (string | NoBreakHyphen)[] = [];
  let plain = "";
  for (const piece of text.split(/(\s+)/)) {
    if (!(isCode(piece) && piece.includes("-"))) {
      plain += piece;
      continue;
    }
    for (const [i, part] of piece.split("-").entries()) {
      if (i > 0) {
        if (plain !== "") out.push(plain);
        plain = "";
        out.push(new NoBreakHyphen());
      }
      plain += part;
    }
  }
  if (plain !== "" || out.length === 0) out.push(plain);
  return out;
};

const runOf = (run: Run): TextRun | FootnoteReferenceRun => {
  // A footnote reference: Word numbers and places the note itself (footnotes part, write-docx.ts).
  if (run.note !== undefined) return new FootnoteReferenceRun(Number(run.text));
  return new TextRun({
    children: textChildren(run.text),
    // Only what differs from the style: Word shows it as direct formatting the clerk can see.
    bold: run.bold,
    italics: run.italic,
  });
};

/** The footnotes part: each note of the tree under its number, a ChuThich paragraph (Word puts
 * the reference mark before the text). */
export const footnotesOf = (tree: DocumentTree): Record<string, { children: DocxParagraph[] }> => {
  const out: Record<string, { children: DocxParagraph[] }> = Object.create(null);
  const visit = (blocks: readonly (Block | CellBlock)[]): void => {
    for (const b of blocks) {
      if (b.type === "paragraph")
        for (const r of b.runs)
          if (r.note !== undefined)
            out[r.text] = {
              children: [new DocxParagraph({ style: "ChuThich", children: [new TextRun({ children: textChildren(` ${r.note}`) })] })],
            };
      if (b.type === "table") for (const row of b.rows) for (const cell of row) visit(cell.blocks);
    }
  };
  for (const part of tree.parts) visit(part.blocks);
  return out;
};

export const paragraphOf = (block: Paragraph, container: Container): DocxParagraph => {
  return new DocxParagraph({
    style: block.style,
    // A table column's alignment (tree.ts columnAlign), as direct formatting over the style.
    ...(container.align ? { alignment: alignment[container.align] } : {}),
    keepNext: keepNextOf(container, block.keepWithNext),
    children: block.runs.map(runOf),
  });
};

/**
 * A centred solid rule exactly `widthPt` long (Phụ lục I, ô 1, 2, 5a): an empty paragraph whose
 * bottom border runs between its left and right indents. The paragraph is as tall as the rule is
 * thick, with the spec's small gap above it.
 */
export const ruleOf = (block: Rule, container: Container): DocxParagraph => {
  const lengthTwip = Math.min(ptToTwip(block.widthPt), container.widthTwip);
  const sideTwip = Math.floor((container.widthTwip - lengthTwip) / 2);
  const thicknessPt = tables.ruleThicknessPt;
  return new DocxParagraph({
    // No spec style: a rule is drawing, not text (docx-text shows it as "[rule …pt]").
    keepNext: keepNextOf(container, block.keepWithNext),
    indent: { left: sideTwip, right: container.widthTwip - lengthTwip - sideTwip, firstLine: 0 },
    spacing: { before: ptToTwip(tables.ruleGapPt), after: 0, line: ptToTwip(thicknessPt), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: ptToEighthPoint(thicknessPt), space: 0, color: "000000" } },
    run: { size: ptToHalfPoint(thicknessPt) },
    children: [],
  });
};

/**
 * The paragraph that closes a part ending with a table (Word keeps a section's properties on a
 * paragraph, and one must follow a table). As thin as a rule, so it can never push a page of its
 * own after a signature row that just fits.
 */
export const sectionEndOf = (): DocxParagraph => {
  const thicknessPt = tables.ruleThicknessPt;
  return new DocxParagraph({
    spacing: { before: 0, after: 0, line: ptToTwip(thicknessPt), lineRule: LineRuleType.EXACT },
    run: { size: ptToHalfPoint(thicknessPt) },
    children: [],
  });
};
