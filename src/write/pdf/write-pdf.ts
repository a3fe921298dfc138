// The PDF writer: document tree → laid-out pages → PDF bytes. Every size comes from the layout
// spec (src/layout/nd30.ts); the font is Tinos from npm, embedded (Phụ lục I, I.4; docs/nd30.md §6).
// FontMissingError from src/layout/fonts.ts propagates: the caller makes it a diagnostic.

import type PDFKit from "pdfkit";
import type { DocumentTree } from "../../compose/tree.js";
import { blocksToFlow } from "./blocks.js";
import type { FlowItem } from "./flow.js";
import { PdfPainter } from "./draw.js";
import { pageGeometry } from "./page-geometry.js";
import { pageNumberOps } from "./page-number.js";
import { paginate, type LaidPage } from "./paginate.js";

/** The measured blocks of each Part and the pages they flow onto (the HTML writer draws these too). */
export function layoutParts(tree: DocumentTree): { items: FlowItem[][]; pages: LaidPage[] } {
  const geoms = tree.parts.map((part) => pageGeometry(part.landscape === true));
  const items = tree.parts.map((part, i) => blocksToFlow(part.blocks, geoms[i]!.textWidth));
  return {
    items,
    pages: paginate(
      items,
      geoms.map((g) => ({ left: g.left, top: g.top, bottom: g.bottom })),
    ),
  };
}

/** pdfkit's `font: null` (not in @types/pdfkit): no default font. Else pdfkit loads Helvetica's
 * metrics, which nothing draws with: text is drawn in the embedded Tinos faces (draw.ts). */
const NO_DEFAULT_FONT = { font: null } as unknown as PDFKit.PDFDocumentOptions;

/** Pure layout of the whole tree (exported for tests). */
export function layoutDocument(tree: DocumentTree): LaidPage[] {
  return layoutParts(tree).pages;
}

/** The document's date at UTC midnight: the only time in the file, so output is reproducible. */
export function documentDate(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) throw new Error(`document date is not YYYY-MM-DD: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The geometry of the page of each part (portrait, or landscape for a wide appendix). */
export const partGeometry = (tree: DocumentTree, part: number) => pageGeometry(tree.parts[part]?.landscape === true);

export async function writePdf(tree: DocumentTree): Promise<Buffer> {
  const geom = pageGeometry();
  const pages = layoutDocument(tree);
  const date = documentDate(tree.meta.date);
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    size: [geom.width, geom.height],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    // pdfkit derives the file ID from CreationDate: fixing it makes two writes byte-identical.
    info: {
      Title: tree.meta.title,
      ...(tree.meta.subject ? { Subject: tree.meta.subject } : {}),
      ...(tree.meta.author ? { Author: tree.meta.author } : {}),
      CreationDate: date,
      ModDate: date,
    },
    lang: "vi",
    displayTitle: true,
    ...NO_DEFAULT_FONT,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  const painter = new PdfPainter(doc);
  for (const page of pages) {
    const own = partGeometry(tree, page.part);
    doc.addPage({ size: [own.width, own.height], margin: 0 });
    painter.draw(pageNumberOps(page, own));
    painter.draw(page.ops);
  }
  // A PDF needs at least one page, even for an empty tree.
  if (pages.length === 0) doc.addPage({ size: [geom.width, geom.height], margin: 0 });
  painter.finish();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
