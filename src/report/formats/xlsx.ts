// `report --format xlsx`: the report's figures as a real Excel workbook (exceljs), for the clerk
// who sums, filters and pastes into the province's own forms. Three sheets: the data table of the
// appendix (one row per item and measure), per unit, per month. Numbers are numbers (never text),
// shown with Excel's "#,##0" (a Vietnamese Excel prints 1.500.000) and percentages as "0%"; the
// header row is frozen, columns have widths, totals are SUM formulas with their value cached.
// Cost sits on the first row of each item only, and each entry's cost is credited to one item
// (tally.ts), so the column's sum is the period's total. Every text cell goes through
// util/spreadsheet-cell.ts.
import { neutralText } from "../../util/spreadsheet-cell.js";
import type { ReportData, Tally } from "../report-model.js";
import { STATUS_TEXT, quantitiesText } from "./labels.js";

type Cell = string | number | { formula: string; result: number } | null;

const NUMBER = "#,##0";
const DECIMAL = "#,##0.##";

export async function reportXlsx(r: ReportData, date: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const stamp = new Date(`${date}T00:00:00Z`);
  book.creator = "cai-cach";
  book.created = stamp;
  book.modified = stamp;

  const sheet = (name: string, columns: { header: string; width: number; numFmt?: string }[], rows: Cell[][], totals?: Cell[]) => {
    const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    for (const row of rows) ws.addRow(row.map(cell));
    if (totals) {
      const added = ws.addRow(totals.map(cell));
      added.font = { bold: true };
    }
    return ws;
  };

  const data: Cell[][] = [];
  r.items.forEach((i, n) => {
    const measures = [
      ...new Set([...i.targets.map((t) => t.measure), ...Object.keys(i.period.quantities), ...Object.keys(i.yearToDate.quantities)]),
    ];
    const list = measures.length ? measures : [""];
    list.forEach((m, k) => {
      const t = i.targets.find((x) => x.measure === m);
      data.push([
        n + 1,
        i.id,
        i.label,
        m || "hoạt động",
        t?.target ?? null,
        m ? (i.period.quantities[m] ?? 0) : i.period.entries,
        m ? (i.yearToDate.quantities[m] ?? 0) : i.yearToDate.entries,
        t && t.target > 0 ? t.done / t.target : null,
        k === 0 ? i.period.entries : null,
        k === 0 ? i.period.cost : null,
        STATUS_TEXT[i.status],
      ]);
    });
  });
  const last = data.length + 1;
  const sum = (col: string, value: number): Cell => ({ formula: `SUM(${col}2:${col}${last})`, result: value });
  sheet(
    "Biểu số liệu",
    [
      { header: "TT", width: 5 },
      { header: "Mã", width: 20 },
      { header: "Mục kế hoạch", width: 60 },
      { header: "Đơn vị tính", width: 12 },
      { header: "Chỉ tiêu năm", width: 11, numFmt: DECIMAL },
      { header: "Trong kỳ", width: 10, numFmt: DECIMAL },
      { header: "Lũy kế năm", width: 11, numFmt: DECIMAL },
      { header: "Tỷ lệ", width: 8, numFmt: "0%" },
      { header: "Số hoạt động trong kỳ", width: 12, numFmt: NUMBER },
      { header: "Kinh phí trong kỳ (đồng)", width: 16, numFmt: NUMBER },
      { header: "Trạng thái", width: 16 },
    ],
    data,
    // Only the cost adds up across items (each entry's cost is on one row); an entry that names two
    // items is an activity of each, so the activity column has no total (the unit sheet has it).
    [null, null, "Tổng cộng", null, null, null, null, null, null, sum("J", r.budget.period), null],
  );

  const units = r.byUnit.map((u): Cell[] => [
    u.name,
    u.period.entries,
    u.yearToDate.entries,
    u.period.cost,
    u.yearToDate.cost,
    quantitiesText(u.period),
  ]);
  const lastUnit = units.length + 1;
  const total = (col: string, pick: (t: Tally, y: Tally) => number): Cell => ({
    formula: `SUM(${col}2:${col}${lastUnit})`,
    result: r.byUnit.reduce((s, u) => s + pick(u.period, u.yearToDate), 0),
  });
  sheet(
    "Theo đơn vị",
    [
      { header: "Đơn vị", width: 40 },
      { header: "Số hoạt động trong kỳ", width: 12, numFmt: NUMBER },
      { header: "Số hoạt động lũy kế", width: 12, numFmt: NUMBER },
      { header: "Kinh phí trong kỳ (đồng)", width: 16, numFmt: NUMBER },
      { header: "Kinh phí lũy kế (đồng)", width: 16, numFmt: NUMBER },
      { header: "Số lượng trong kỳ", width: 40 },
    ],
    units,
    [
      "Tổng cộng",
      total("B", (p) => p.entries),
      total("C", (_p, y) => y.entries),
      total("D", (p) => p.cost),
      total("E", (_p, y) => y.cost),
      null,
    ],
  );

  const months = r.byMonth.map((m): Cell[] => [
    `${+m.month.slice(5)}/${m.month.slice(0, 4)}`,
    m.period.entries,
    m.period.cost,
    quantitiesText(m.period),
  ]);
  const lastMonth = months.length + 1;
  sheet(
    "Theo tháng",
    [
      { header: "Tháng", width: 10 },
      { header: "Số hoạt động", width: 12, numFmt: NUMBER },
      { header: "Kinh phí (đồng)", width: 16, numFmt: NUMBER },
      { header: "Số lượng", width: 50 },
    ],
    months,
    [
      "Tổng cộng",
      { formula: `SUM(B2:B${lastMonth})`, result: r.byMonth.reduce((s, m) => s + m.period.entries, 0) },
      { formula: `SUM(C2:C${lastMonth})`, result: r.byMonth.reduce((s, m) => s + m.period.cost, 0) },
      null,
    ],
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function cell(v: Cell): Cell {
  return typeof v === "string" ? neutralText(v) : v;
}
