// `log import --template FILE`: a ready .xlsx for unit staff, with the template's columns, a
// sample-free header, and drop-down lists (Excel data validation) of the plan's item ids and
// units, so nobody types an id by heart. The lists live on a second sheet, "Danh mục", which
// also shows each id's number and title. Every text cell goes through util/spreadsheet-cell.ts.
import type { PlanIndex } from "./plan-index.js";
import { neutralText } from "../util/spreadsheet-cell.js";

const COLUMNS: { header: string; width: number }[] = [
  { header: "Ngày", width: 12 },
  { header: "Mục kế hoạch", width: 24 },
  { header: "Đơn vị", width: 14 },
  { header: "Nội dung", width: 50 },
  { header: "Số lượng", width: 10 },
  { header: "Đơn vị tính", width: 12 },
  { header: "Kinh phí", width: 14 },
  { header: "Minh chứng", width: 30 },
  { header: "Ghi chú", width: 24 },
];
/** Rows offered for entry, each with its drop-downs. */
const ROWS = 500;

export async function importTemplate(plan: PlanIndex): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  // Deterministic output: the workbook's dates are the plan's, never the clock's.
  const stamp = new Date(`${plan.plan.date ?? `${plan.plan.year}-01-01`}T00:00:00Z`);
  book.created = stamp;
  book.modified = stamp;
  book.creator = "cai-cach";
  const sheet = book.addWorksheet("Nhật ký", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  const lists = book.addWorksheet("Danh mục");
  lists.columns = [
    { header: "Mã mục", width: 24 },
    { header: "Số", width: 10 },
    { header: "Tên", width: 70 },
    { header: "Mã đơn vị", width: 14 },
    { header: "Tên đơn vị", width: 40 },
  ];
  lists.getRow(1).font = { bold: true };
  const nodes = [...plan.nodes.values()].sort((a, b) => a.order - b.order);
  nodes.forEach((n, i) => {
    const row = lists.getRow(i + 2);
    row.getCell(1).value = neutralText(n.id);
    row.getCell(2).value = neutralText(n.number);
    row.getCell(3).value = neutralText(n.title);
  });
  (plan.plan.units ?? []).forEach((u, i) => {
    const row = lists.getRow(i + 2);
    row.getCell(4).value = neutralText(u.id);
    row.getCell(5).value = neutralText(u.name);
  });
  const itemList = `'Danh mục'!$A$2:$A$${nodes.length + 1}`;
  const unitList = `'Danh mục'!$D$2:$D$${(plan.plan.units ?? []).length + 1}`;
  for (let r = 2; r <= ROWS + 1; r++) {
    sheet.getCell(r, 1).dataValidation = {
      type: "date",
      operator: "between",
      allowBlank: true,
      formulae: [new Date(Date.UTC(plan.plan.year - 1, 11, 15)), new Date(Date.UTC(plan.plan.year, 11, 31))],
      showErrorMessage: true,
      errorTitle: "Ngày",
      error: `Ngày thực hiện trong năm kế hoạch ${plan.plan.year}.`,
    };
    sheet.getCell(r, 1).numFmt = "dd/mm/yyyy";
    sheet.getCell(r, 2).dataValidation = list(itemList, "Chọn mã mục kế hoạch trong danh sách (xem sheet Danh mục).");
    sheet.getCell(r, 3).dataValidation = list(unitList, "Chọn mã đơn vị trong danh sách.");
    sheet.getCell(r, 7).numFmt = "#,##0";
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function list(range: string, error: string) {
  return {
    type: "list" as const,
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
    errorTitle: "Không có trong danh sách",
    error,
  };
}
