// Table blocks. The header and signature rows are borderless layout tables with the spec's fixed
// column widths (Phụ lục III models, docs/nd30.md §5); data tables have thin single borders,
// their relative widths scaled to the text width, header rows repeated and rows never split.

import {
  BorderStyle,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { ITableBordersOptions } from "docx";
import type { Cell, CellBlock, Table } from "../../compose/tree.js";
import { type Align, tables } from "../../layout/nd30.js";
import { mmToTwip, ptToEighthPoint, ptToTwip } from "../../layout/units.js";
import { paragraphOf, ruleOf, type Container } from "./paragraphs.js";
import { textWidthTwip } from "./sections.js";

type CellHandler<B extends CellBlock> = (block: B, container: Container) => DocxParagraph;

/** One handler per cell block kind; the compiler checks the table is complete. */
const cellHandlers: { [K in CellBlock["type"]]: CellHandler<Extract<CellBlock, { type: K }>> } = {
  paragraph: paragraphOf,
  rule: ruleOf,
};

const cellBlockOf = (block: CellBlock, container: Container): DocxParagraph =>
  (cellHandlers[block.type] as CellHandler<CellBlock>)(block, container);

/** Column widths in twips: from the spec for layout roles, scaled relative widths for data. */
export const columnWidthsOf = (table: Table, textTwip: number = textWidthTwip()): number[] => {
  // A header whose place-date line needed a wider right column carries its widths in mm.
  if (table.role === "header") return (table.widths ?? tables.header).map(mmToTwip);
  if (table.role === "signature") return tables.signature.map(mmToTwip);
  const columns = table.rows[0]?.length ?? 0;
  const relative = table.widths ?? Array.from({ length: columns }, () => 1);
  const total = relative.reduce((sum, w) => sum + w, 0);
  const widths = relative.map((w) => Math.floor((textTwip * w) / total));
  if (widths.length === 0) return widths;
  // Give the rounding remainder to the last column so the table is exactly the text width.
  widths[widths.length - 1] += textTwip - widths.reduce((sum, w) => sum + w, 0);
  return widths;
};

const paddingTwip = (): number => mmToTwip(tables.cellPaddingMm);

const dataBorder = { style: BorderStyle.SINGLE, size: ptToEighthPoint(tables.borderPt), color: "000000" } as const;

const bordersOf = (table: Table): ITableBordersOptions =>
  table.role === "data"
    ? {
        top: dataBorder,
        bottom: dataBorder,
        left: dataBorder,
        right: dataBorder,
        insideHorizontal: dataBorder,
        insideVertical: dataBorder,
      }
    : TableBorders.NONE;

/** Nơi nhận sits flush with the left margin (ô 9b, "bottom left"): the first cell of a
 * signature row has no left padding. */
const flushLeft = (table: Table, column: number): boolean => column === 0 && (table.role === "signature" || table.role === "joint");

const cellOf = (cell: Cell, widthTwip: number, keepTogether: boolean, flush: boolean, align?: Align): TableCell => {
  const container: Container = { widthTwip: widthTwip - (flush ? 1 : 2) * paddingTwip(), keepTogether, ...(align ? { align } : {}) };
  const children = cell.blocks.map((block) => cellBlockOf(block, container));
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    ...(flush ? { margins: { left: 0, marginUnitType: WidthType.DXA } } : {}),
    // A Word cell must hold at least one paragraph.
    children: children.length > 0 ? children : [new DocxParagraph({ children: [] })],
  });
};

export const tableOf = (table: Table, textTwip?: number): DocxTable => {
  const widths = columnWidthsOf(table, textTwip);
  const keepTogether = table.keepTogether === true;
  const borders = bordersOf(table);
  const headerRows = table.role === "data" ? (table.headerRows ?? 0) : 0;
  return new DocxTable({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders,
    // The signature row stands a little apart from the closing sentence (spec).
    margins: {
      left: paddingTwip(),
      right: paddingTwip(),
      top: table.role === "signature" || table.role === "joint" ? ptToTwip(tables.signatureSpaceBeforePt) : 0,
      bottom: 0,
      marginUnitType: WidthType.DXA,
    },
    rows: table.rows.map(
      (row, index) =>
        new TableRow({
          // Data rows and the signature row never split across pages (practice of the models, docs/nd30.md §5).
          cantSplit: table.role === "data" || keepTogether || undefined,
          tableHeader: index < headerRows || undefined,
          children: row.map((cell, column) =>
            cellOf(cell, widths[column] ?? 0, keepTogether, flushLeft(table, column), table.columnAlign?.[column] ?? undefined),
          ),
        }),
    ),
  });
};
