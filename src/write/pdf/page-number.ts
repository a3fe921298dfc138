// Page numbers (Phụ lục I, I.7): Arabic, style SoTrang, centred in the top margin, not shown on
// the first page; every Part (the document, each appendix, III.1.đ) counts from 1.

import { paragraph } from "../../compose/tree.js";
import { shiftOps, type DrawOp } from "./ops.js";
import type { LaidPage } from "./paginate.js";
import type { PageGeometry } from "./page-geometry.js";
import { layoutParagraph } from "./paragraph-layout.js";

export function pageNumberOps(page: LaidPage, geom: PageGeometry): DrawOp[] {
  if (page.number === 1) return [];
  const laid = layoutParagraph(paragraph("SoTrang", String(page.number)), geom.textWidth);
  return laid.lines.flatMap((line) => shiftOps(line.ops, geom.left, geom.headerTop));
}
