// `log import file.csv`: a spreadsheet of activities → entries. Header row required; English
// keys or the Vietnamese column names clerks use (see HEADERS). Every bad row is reported with
// its line number; if any row is bad, nothing is imported.
import { readFileSync } from "node:fs";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import type { LogEntry } from "./log-model.js";
import { buildEntry, type EntryFields } from "./entry-input.js";
import { didYouMean } from "./did-you-mean.js";

/** Column names accepted (compared without case, accents kept). Documented in the README. */
export const HEADERS: Record<keyof EntryFields, string[]> = {
  date: ["date", "ngày", "ngày thực hiện"],
  items: ["items", "item", "mục kế hoạch", "mã mục", "mã mục kế hoạch"],
  unit: ["unit", "đơn vị", "đơn vị thực hiện", "mã đơn vị"],
  summary: ["summary", "nội dung", "việc đã làm"],
  quantity: ["quantity", "quantities", "số lượng"],
  measure: ["measure", "đơn vị tính", "đvt"],
  participants: ["participants", "số người tham dự", "người tham dự"],
  reach: ["reach", "lượt tiếp cận", "số lượt tiếp cận"],
  cost: ["cost", "kinh phí", "kinh phí (đồng)"],
  evidence: ["evidence", "minh chứng"],
  note: ["note", "ghi chú"],
};

const lookup = new Map(Object.entries(HEADERS).flatMap(([k, names]) => names.map((n) => [n, k as keyof EntryFields])));

export interface CsvEntry {
  entry: LogEntry;
  /** 1-based line of the row in the CSV file. */
  line: number;
}

export async function readCsvEntries(path: string, file: string): Promise<Result<CsvEntry[]>> {
  let text: string;
  try {
    text = readFileSync(path, "utf8").normalize("NFC").replace(/^\uFEFF/, "");
  } catch (err) {
    return { diagnostics: [{ code: "log/csv-unreadable", severity: "error", file, message: `Không đọc được tệp CSV (${(err as NodeJS.ErrnoException).code ?? "lỗi đọc"}).`, hint: "Kiểm tra đường dẫn tệp." }] };
  }
  const { parse } = await import("csv-parse/sync");
  const delimiter = /^[^\n]*;/.test(text) && !/^[^\n]*,/.test(text) ? ";" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (err) {
    const e = err as { lines?: number; message: string };
    return { diagnostics: [{ code: "log/csv-row", severity: "error", file, line: e.lines, message: `Tệp CSV sai cú pháp: ${e.message}.`, hint: "Kiểm tra dấu ngoặc kép và dấu phân cách của dòng này." }] };
  }
  if (records.length === 0) return { diagnostics: [{ code: "log/csv-header", severity: "error", file, line: 1, message: "Tệp CSV trống.", hint: `Dòng đầu là tiêu đề cột, ví dụ: ${exampleHeader()}` }] };
  const diagnostics: Diagnostic[] = [];
  const columns = records[0].record.map((h, i) => {
    const key = lookup.get(h.toLocaleLowerCase("vi").trim());
    if (!key) {
      const s = didYouMean(h.toLocaleLowerCase("vi"), lookup.keys());
      diagnostics.push({ code: "log/csv-header", severity: "error", file, line: 1, column: i + 1, message: `Cột "${h}" không có trong mẫu nhập.`, hint: s.length ? `Có phải là "${s[0]}"?` : `Các cột: ${exampleHeader()}`, suggestions: s });
    }
    return key;
  });
  for (const need of ["date", "items", "summary"] as const) {
    if (!columns.includes(need)) diagnostics.push({ code: "log/csv-header", severity: "error", file, line: 1, message: `Thiếu cột "${HEADERS[need][1] ?? need}" (${need}).`, hint: `Các cột: ${exampleHeader()}` });
  }
  if (diagnostics.length) return { diagnostics };
  const out: CsvEntry[] = [];
  for (const { record, info } of records.slice(1)) {
    const fields: EntryFields = {};
    columns.forEach((k, i) => {
      if (!k || record[i] === undefined) return;
      if (k === "quantity") fields.quantity = [...(fields.quantity ?? []), record[i]];
      else fields[k] = record[i];
    });
    const built = buildEntry(fields);
    for (const p of built.problems) {
      diagnostics.push({ code: "log/csv-row", severity: "error", file, line: info.lines, column: columns.indexOf(p.field) + 1 || undefined, message: `Dòng ${info.lines}: ${p.message}`, hint: p.hint });
    }
    if (built.entry) out.push({ entry: built.entry, line: info.lines });
  }
  // The good rows come back even when others are bad, so their plan ids can be checked too.
  return { value: out, diagnostics };
}

export function exampleHeader(): string {
  return "Ngày,Mục kế hoạch,Đơn vị,Nội dung,Số lượng,Đơn vị tính,Kinh phí,Minh chứng,Ghi chú";
}
