// The HTML writer: the document tree laid out and paginated by the PDF writer's own code
// (src/write/pdf: blocks measured with the one line breaker of src/layout, then paginate.ts),
// each A4 page drawn as an SVG in points. So the page shows the PDF's lines, at the PDF's
// positions, with the PDF's page breaks and page numbers (Phụ lục I, I.7: from page 2).

import type { DocumentTree } from "../../compose/tree.js";
import { escapeHtml } from "../../util/html-escape.js";
import { pageNumberOps } from "../pdf/page-number.js";
import { shiftOps } from "../pdf/ops.js";
import type { LaidPage } from "../pdf/paginate.js";
import { layoutParts, partGeometry } from "../pdf/write-pdf.js";
import { blockToSvg, type PlacedOps } from "./blocks.js";
import { num, opsToSvg } from "./svg-ops.js";
import { PAGE_CSS } from "./page-css.js";
import type { FlowItem } from "../pdf/flow.js";

/** The page's slices grouped back into their blocks, in drawing order. */
function pageBlocks(tree: DocumentTree, items: FlowItem[][], page: LaidPage, left: number): string {
  const out: string[] = [];
  let current: { item: number; slices: PlacedOps } | undefined;
  const flush = (): void => {
    if (current) out.push(blockToSvg(tree.parts[page.part].blocks[current.item], current.slices));
  };
  for (const placed of page.placed) {
    if (current?.item !== placed.item) {
      flush();
      current = { item: placed.item, slices: [] };
    }
    current.slices.push(shiftOps(items[page.part][placed.item].slices[placed.slice].ops, left, placed.y));
  }
  flush();
  return out.join("");
}

/** Every page as a <section> holding one SVG: the body of the preview and of the .html file. */
export function htmlPages(tree: DocumentTree): string {
  const { items, pages } = layoutParts(tree);
  return pages
    .map((page, i) => {
      // A landscape part (a wide appendix, Phụ lục I, I.2) has its own page size.
      const geom = partGeometry(tree, page.part);
      const view = `0 0 ${num(geom.width)} ${num(geom.height)}`;
      const number = opsToSvg(pageNumberOps(page, geom));
      const body = pageBlocks(tree, items, page, geom.left);
      // Footnotes at the foot of the page, as the PDF draws them.
      const foot = page.foot.length > 0 ? `<g class="footnotes">${opsToSvg(page.foot)}</g>` : "";
      return (
        `<section class="page" data-page="${i + 1}" data-part="${page.part + 1}" data-number="${page.number}">` +
        // The sheet's size in points: a landscape page is a wider sheet on screen and in print.
        `<svg class="sheet${geom.width > geom.height ? " landscape" : ""}" xmlns="http://www.w3.org/2000/svg" viewBox="${view}" width="${num(geom.width)}pt" height="${num(geom.height)}pt">` +
        `${number ? `<g class="page-number">${number}</g>` : ""}${body}${foot}</svg></section>`
      );
    })
    .join("\n");
}

/** A standalone page (`render --format html`): the machine's Tinos or Times New Roman, same metrics. */
export async function writeHtml(tree: DocumentTree): Promise<Buffer> {
  const html = [
    "<!doctype html>",
    '<html lang="vi">',
    `<head><meta charset="utf-8"><title>${escapeHtml(tree.meta.title)}</title><style>${PAGE_CSS}</style></head>`,
    `<body class="pages">\n${htmlPages(tree)}\n</body>`,
    "</html>",
    "",
  ].join("\n");
  return Buffer.from(html, "utf8");
}
