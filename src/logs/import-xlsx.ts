// `log import file.xlsx`: the first worksheet of an Excel workbook → rows for import-rows.ts,
// read with exceljs (no "Save as CSV" step, no encoding to get wrong). Cells come as Excel holds
// them: a date cell is a date (written back as YYYY-MM-DD), a number a number, a formula its
// cached result, rich text its plain text; empty rows are skipped by import-rows.
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { readRegularFile } from "../load/read-regular.js";
import type { SheetRecord } from "./import-rows.js";

export async function readXlsxRecords(path: string, file: string): Promise<Result<SheetRecord[]>> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await readRegularFile(path)) as never);
  } catch {
    return { diagnostics: [unreadableXlsx(file)] };
  }
  const sheet = workbook.worksheets.find((w) => w.state === "visible" && w.rowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) return { diagnostics: [unreadableXlsx(file)] };
  const records: SheetRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    records.push({ cells, line });
  });
  return { value: records, diagnostics: [] };
}

/** A cell's value as the text a clerk typed (dates ISO, numbers with a dot, formulas' results). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value.normalize("NFC").trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: string; hyperlink?: string };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join("")
        .normalize("NFC")
        .trim();
    if ("result" in v) return cellText(v.result);
    if (typeof v.text === "string") return v.text.normalize("NFC").trim();
  }
  return String(value);
}

function unreadableXlsx(file: string): Diagnostic {
  return {
    code: "log/xlsx-unreadable",
    severity: "error",
    file,
    message: "Không đọc được tệp Excel này (tệp hỏng, có mật khẩu, hoặc không phải .xlsx); không nhập gì.",
    hint: 'Mở tệp bằng Excel, lưu lại dạng "Excel Workbook (*.xlsx)" không đặt mật khẩu, rồi nhập lại.',
  };
}
