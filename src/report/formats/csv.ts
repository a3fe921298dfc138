// --format csv: one row per plan item, the figures of the appendix table (UTF-8 with BOM so
// that Excel opens Vietnamese text correctly). Text cells that would run as formulas are
// neutralised by the one CSV cell writer (util/spreadsheet-cell.ts).
import type { ReportData } from "../report-model.js";
import { STATUS_TEXT } from "./labels.js";
import { csvRows } from "../../util/spreadsheet-cell.js";

export function reportCsv(r: ReportData): string {
  const rows: (string | number)[][] = [
    [
      "id",
      "muc_ke_hoach",
      "don_vi_tinh",
      "chi_tieu",
      "trong_ky",
      "luy_ke_nam",
      "ky_truoc",
      "so_hoat_dong_trong_ky",
      "kinh_phi_trong_ky",
      "trang_thai",
    ],
  ];
  for (const i of r.items) {
    const measures = new Set([
      ...i.targets.map((t) => t.measure),
      ...Object.keys(i.period.quantities),
      ...Object.keys(i.yearToDate.quantities),
    ]);
    const list = measures.size ? [...measures].sort((a, b) => a.localeCompare(b, "vi")) : [""];
    // Cost on the item's first row only (and each entry's cost is credited to one item,
    // report/tally.ts), so that summing the column in Excel gives the period's total.
    for (const [k, m] of list.entries()) {
      const target = i.targets.find((t) => t.measure === m)?.target;
      rows.push([
        i.id,
        i.label,
        m,
        target ?? "",
        m ? (i.period.quantities[m] ?? 0) : "",
        m ? (i.yearToDate.quantities[m] ?? 0) : "",
        m ? (i.previous.quantities[m] ?? 0) : "",
        k === 0 ? i.period.entries : "",
        k === 0 ? i.period.cost : "",
        STATUS_TEXT[i.status],
      ]);
    }
  }
  return `\uFEFF${csvRows(rows)}\r\n`;
}
