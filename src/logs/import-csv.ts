// `log import file.csv`: a spreadsheet of activities → entries. Header row required; English
// keys or the Vietnamese column names clerks use (see HEADERS). Every bad row is reported with
// its line number; if any row is bad, nothing is imported.
import { closeSync, openSync, readSync } from "node:fs";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import type { LogEntry } from "./log-model.js";
import { buildEntry, type EntryFields } from "./entry-input.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { readSource } from "../load/read-source.js";
import { startsLikeFormula } from "../util/spreadsheet-cell.js";

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
  // The plan loader's reading (BOM, UTF-16, binary, non-UTF-8 bytes), worded for a spreadsheet.
  const source = await readSource(path, file);
  if (!source.value) return { diagnostics: source.diagnostics.map((d) => unreadableCsv(d, path, file)) };
  const text = source.value.text.normalize("NFC");
  const { parse } = await import("csv-parse/sync");
  const delimiter = /^[^\n]*;/.test(text) && !/^[^\n]*,/.test(text) ? ";" : ",";
  const lines = text.split(/\r?\n/);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (err) {
    const e = err as { lines?: number; code?: string };
    return {
      diagnostics: [
        {
          code: "log/csv-row",
          severity: "error",
          file,
          line: e.lines,
          message: `Tệp CSV sai cú pháp: ${CSV_ERRORS.get(e.code ?? "") ?? "dòng này không đọc được như một dòng CSV"}.`,
          hint: "Kiểm tra dấu ngoặc kép và dấu phân cách của dòng này.",
        },
      ],
    };
  }
  if (records.length === 0)
    return {
      diagnostics: [
        {
          code: "log/csv-header",
          severity: "error",
          file,
          line: 1,
          message: "Tệp CSV trống.",
          hint: `Dòng đầu là tiêu đề cột, ví dụ: ${exampleHeader()}`,
        },
      ],
    };
  const diagnostics: Diagnostic[] = [...source.diagnostics]; // load/utf16, a warning
  const columns = records[0].record.map((h, i) => {
    const key = lookup.get(h.toLocaleLowerCase("vi").trim());
    if (!key) {
      const s = didYouMean(h.toLocaleLowerCase("vi"), lookup.keys());
      diagnostics.push({
        code: "log/csv-header",
        severity: "error",
        file,
        line: 1,
        endLine: 1,
        ...fieldSpan(lines[0] ?? "", delimiter, i),
        message: `Cột "${h}" không có trong mẫu nhập.`,
        hint: s.length ? `Có phải là "${s[0]}"?` : `Các cột: ${exampleHeader()}`,
        suggestions: s,
      });
    }
    return key;
  });
  for (const need of ["date", "items", "summary"] as const) {
    if (!columns.includes(need))
      diagnostics.push({
        code: "log/csv-header",
        severity: "error",
        file,
        line: 1,
        message: `Thiếu cột "${HEADERS[need][1] ?? need}" (${need}).`,
        hint: `Các cột: ${exampleHeader()}`,
      });
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const out: CsvEntry[] = [];
  for (const { record, info } of records.slice(1)) {
    const fields: EntryFields = {};
    columns.forEach((k, i) => {
      if (!k || record[i] === undefined) return;
      if (k === "quantity") fields.quantity = [...(fields.quantity ?? []), record[i]];
      else fields[k] = record[i];
    });
    diagnostics.push(...formulaCells(record, columns, file, info.lines, lines[info.lines - 1] ?? "", delimiter));
    const built = buildEntry(fields);
    for (const p of built.problems) {
      const at = columns.indexOf(p.field);
      diagnostics.push({
        code: "log/csv-row",
        severity: "error",
        file,
        line: info.lines,
        ...(at >= 0 ? { endLine: info.lines, ...fieldSpan(lines[info.lines - 1] ?? "", delimiter, at) } : {}),
        message: `Dòng ${info.lines}: ${p.message}`,
        hint: p.hint,
      });
    }
    if (built.entry) out.push({ entry: built.entry, line: info.lines });
  }
  // The good rows come back even when others are bad, so their plan ids can be checked too.
  return { value: out, diagnostics };
}

/** A number as clerks type it ("-3", "+5", "1,5"): a sign there is arithmetic, not a formula. */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/;

/**
 * Cells a spreadsheet would run as formulas (=HYPERLINK(…), +cmd|…, @SUM(…)): imported as the
 * text typed, with a warning, since someone may have planted them to attack whoever opens the
 * report's CSV; the export neutralises them (util/spreadsheet-cell.ts).
 */
function formulaCells(
  record: string[],
  columns: (keyof EntryFields | undefined)[],
  file: string,
  line: number,
  text: string,
  delimiter: string,
): Diagnostic[] {
  return record.flatMap((value, i) => {
    if (columns[i] === undefined || !startsLikeFormula(value) || NUMBER.test(value)) return [];
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return [
      {
        code: "log/csv-formula" as const,
        severity: "warning" as const,
        file,
        line,
        endLine: line,
        ...fieldSpan(text, delimiter, i),
        message: `Dòng ${line}: ô "${shown}" bắt đầu bằng "${value[0]}", bảng tính có thể chạy nó như một công thức; đã nhập nguyên văn như chữ.`,
        hint: "Nếu ô này không phải do bạn gõ, hãy xem lại tệp CSV gốc. Khi xuất CSV (cai-cach report --format csv), ô như vậy được ghi kèm dấu ' ở đầu để bảng tính chỉ hiện chữ.",
      },
    ];
  });
}

/** csv-parse's error codes, in Vietnamese (its messages are English). */
const CSV_ERRORS: ReadonlyMap<string, string> = new Map([
  ["CSV_QUOTE_NOT_CLOSED", "một dấu ngoặc kép mở ra mà không đóng lại đến hết tệp"],
  ["CSV_INVALID_CLOSING_QUOTE", "có chữ ngay sau dấu ngoặc kép đóng một ô"],
  ["CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE", "có chữ ngay sau dấu ngoặc kép đóng một ô"],
  ["INVALID_OPENING_QUOTE", "dấu ngoặc kép nằm giữa một ô không đặt trong ngoặc kép"],
  ["CSV_RECORD_INCONSISTENT_FIELDS_LENGTH", "số ô của dòng khác số cột của tiêu đề"],
  ["CSV_RECORD_INCONSISTENT_COLUMNS", "số ô của dòng khác số cột của tiêu đề"],
  ["CSV_MAX_RECORD_SIZE", "một dòng dài quá mức cho phép"],
]);

const SAVE_AS_UTF8 = 'Lưu tệp từ Excel dạng CSV UTF-8: File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)", rồi nhập lại.';

/** A file that is not CSV text → log/csv-unreadable (exit 2), saying what it seems to be. */
function unreadableCsv(d: Diagnostic, path: string, file: string): Diagnostic {
  const base = { code: "log/csv-unreadable" as const, severity: "error" as const, file };
  if (d.code === "load/binary-file") {
    // An .xlsx is a zip file: it starts with "PK\x03\x04".
    const xlsx = startsWithZipMagic(path);
    return {
      ...base,
      message: xlsx
        ? "Tệp này là bảng tính Excel (.xlsx) hoặc tệp nén, không phải tệp CSV; không nhập gì."
        : "Tệp này không phải tệp văn bản CSV; không nhập gì.",
      hint: SAVE_AS_UTF8,
    };
  }
  if (d.code === "load/invalid-utf8") {
    // Excel's plain "CSV (Comma delimited)" on a Vietnamese Windows writes Windows-1258, not UTF-8.
    return {
      ...base,
      message: `${d.message.replace(/^Tệp /u, "Tệp CSV ")} Excel lưu "CSV" thường bằng bảng mã Windows-1258; không nhập gì để chữ không bị hỏng.`,
      hint: SAVE_AS_UTF8,
    };
  }
  return { ...base, message: d.message, hint: d.hint };
}

function startsWithZipMagic(path: string): boolean {
  const head = Buffer.alloc(4);
  try {
    const fd = openSync(path, "r");
    try {
      readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

export function exampleHeader(): string {
  return "Ngày,Mục kế hoạch,Đơn vị,Nội dung,Số lượng,Đơn vị tính,Kinh phí,Minh chứng,Ghi chú";
}

/**
 * Character columns (1-based) of field `index` in one CSV line, so a diagnostic points at the
 * cell in the file as `check` points at a YAML value (quotes honoured, surrounding spaces
 * skipped, as the parser trims them).
 */
export function fieldSpan(line: string, delimiter: string, index: number): { column: number; endColumn: number } {
  let field = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    if (i === line.length || (ch === delimiter && !quoted)) {
      if (field === index) {
        let from = start;
        let to = i;
        while (from < to && line[from] === " ") from++;
        while (to > from && line[to - 1] === " ") to--;
        return { column: from + 1, endColumn: Math.max(to, from + 1) + 1 };
      }
      field++;
      start = i + 1;
    }
  }
  return { column: line.length + 1, endColumn: line.length + 2 };
}
