// `log import file.csv`: CSV text → rows for import-rows.ts (header names, row checks). Excel's
// ways of saving CSV are accepted: ";" or "," between cells, UTF-8 with or without BOM, UTF-16,
// and the 8-bit Vietnamese encodings (Windows-1258, TCVN3), converted with iconv-lite.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import type { LogEntry } from "./log-model.js";
import type { EntryFields } from "./entry-input.js";
import { readSource } from "../load/read-source.js";
import { readRegularFile } from "../load/read-regular.js";
import { detectLegacy } from "../load/legacy-text.js";
import { entriesFromRecords } from "./import-rows.js";

export interface CsvEntry {
  entry: LogEntry;
  /** 1-based line of the row in the CSV file. */
  line: number;
}

export async function readCsvEntries(path: string, file: string, complete?: (f: EntryFields) => EntryFields): Promise<Result<CsvEntry[]>> {
  // The plan loader's reading (BOM, UTF-16, binary), worded for a spreadsheet; a file saved by
  // Excel as plain "CSV" on a Vietnamese Windows (Windows-1258) or typed in TCVN3 is converted.
  let source = await readSource(path, file);
  if (!source.value && source.diagnostics.some((d) => d.code === "load/invalid-utf8")) source = await decodeLegacyCsv(path, file);
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
  const diagnostics: Diagnostic[] = [...source.diagnostics]; // load/utf16, log/import-converted: warnings
  const sheet = records.map(({ record, info }) => ({ cells: record, line: info.lines }));
  const span = (line: number, index: number) => fieldSpan(lines[line - 1] ?? "", delimiter, index);
  return entriesFromRecords(sheet, { file, span, complete }, diagnostics);
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

/** The bytes decoded as Windows-1258 (Excel's "CSV" on a Vietnamese Windows) or TCVN3 (.VnTime). */
async function decodeLegacyCsv(path: string, file: string): Promise<Result<{ text: string }>> {
  const { default: iconv } = await import("iconv-lite");
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path);
  } catch {
    return readSource(path, file);
  }
  const tcvn3 = detectLegacy(new TextDecoder("windows-1252").decode(bytes)) === "tcvn3";
  const text = iconv.decode(bytes, tcvn3 ? "tcvn" : "windows1258").normalize("NFC");
  return {
    value: { text },
    diagnostics: [
      {
        code: "log/import-converted",
        severity: "warning",
        file,
        message: `Tệp CSV lưu bằng bảng mã ${tcvn3 ? "TCVN3 (phông .VnTime)" : "Windows-1258"}, không phải UTF-8; đã chuyển sang Unicode để nhập.`,
        hint: 'Xem lại chữ có dấu của các mục vừa nhập (cai-cach log list). Lần sau, lưu từ Excel dạng "CSV UTF-8" hoặc nhập thẳng tệp .xlsx.',
      },
    ],
  };
}

export function startsWithZipMagic(path: string): boolean {
  const head = Buffer.alloc(4);
  try {
    // Non-blocking, and only a regular file is read: a FIFO given as the CSV must not hang the
    // sniffing (readSource then refuses it with load/not-a-file's reasons).
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) return false;
      readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
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
