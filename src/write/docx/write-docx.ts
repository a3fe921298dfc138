// The DOCX writer: document tree + layout spec → a .docx file (issue 3). Every number comes from
// src/layout/nd30.ts through src/layout/units.ts; this writer only maps tree nodes to Word's.

import { Document } from "docx";
import type { Paragraph as DocxParagraph, Table as DocxTable } from "docx";
import type { Block, DocumentTree, Part } from "../../compose/tree.js";
import { corePropertiesXml, documentInstant } from "./package-fixes.js";
import { packageParts } from "./package-parts.js";
import { zipEntries } from "./zip.js";
import { footnotesOf, paragraphOf, ruleOf, sectionEndOf, type Container } from "./paragraphs.js";
import { sectionOf, textWidthTwip } from "./sections.js";
import { stylesOf } from "./styles.js";
import { tableOf } from "./tables.js";

type Handler<B extends Block> = (block: B, container: Container) => DocxParagraph | DocxTable;

/** One handler per block kind (docs/architecture.md §3): a new kind fails to compile until it is written here. */
const handlers: { [K in Block["type"]]: Handler<Extract<Block, { type: K }>> } = {
  paragraph: paragraphOf,
  rule: ruleOf,
  table: (block, container) => tableOf(block, container.widthTwip),
};

const blockOf = (block: Block, container: Container): DocxParagraph | DocxTable =>
  (handlers[block.type] as Handler<Block>)(block, container);

const partOf = (part: Part) => {
  const widthTwip = textWidthTwip(part.landscape === true);
  // Which block keeps with the next (a line with its rule too) the tree says: compose decided it.
  const children = part.blocks.map((block) => blockOf(block, { widthTwip }));
  const last = part.blocks[part.blocks.length - 1];
  return sectionOf(last === undefined || last.type === "table" ? [...children, sectionEndOf()] : children, part.landscape === true);
};

export const buildDocument = (tree: DocumentTree): Document =>
  new Document({
    // Title, subject and author go into docProps/core.xml, written whole by corePropertiesXml.
    styles: stylesOf(),
    footnotes: footnotesOf(tree),
    sections: tree.parts.map(partOf),
  });

/** Writes the tree as DOCX bytes; the same tree always gives the same bytes. */
export const writeDocx = async (tree: DocumentTree): Promise<Buffer> => {
  const document = buildDocument(tree);
  const parts = packageParts(document, [{ path: "docProps/core.xml", data: corePropertiesXml(tree) }]);
  return zipEntries(parts, documentInstant(tree));
};
