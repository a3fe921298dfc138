// Spreadsheet rows (CSV or .xlsx) → log entries. The header row names the columns: English keys
// or the Vietnamese names clerks use (HEADERS), compared without case or tone marks ("Ngay",
// "Noi dung" are "Ngày", "Nội dung"). A column that is not in the template ("STT", "Người
// nhập") is ignored with one warning for all of them; a name that looks like a template column
// typed wrong ("Số lương") is an error, since its figures would be lost. Every bad row is
// reported with its line; if any row is bad, nothing is imported.
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { didYouMean, fold, levenshtein } from "../diagnostics/did-you-mean.js";
import { startsLikeFormula } from "../util/spreadsheet-cell.js";
import { buildEntry, type EntryFields } from "./entry-input.js";
import type { LogEntry } from "./log-model.js";

/** Column names accepted. Documented in the README. */
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

const key = (h: string): string => fold(h.normalize("NFC")).replace(/\s+/g, " ").trim();
const lookup = new Map(Object.entries(HEADERS).flatMap(([k, names]) => names.map((n) => [key(n), k as keyof EntryFields])));

export function exampleHeader(): string {
  return "Ngày,Mục kế hoạch,Đơn vị,Nội dung,Số lượng,Đơn vị tính,Kinh phí,Minh chứng,Ghi chú";
}

export interface SheetRecord {
  cells: string[];
  /** 1-based line (CSV) or row (.xlsx). */
  line: number;
}

export interface ImportedEntry {
  entry: LogEntry;
  line: number;
}

export interface RowOptions {
  file: string;
  /** Where cell `index` of `line` is, for a diagnostic (CSV: character columns). */
  span: (line: number, index: number) => { column: number; endColumn: number };
  /** Completes a row's fields with what the plan knows (units by name, bare numbers). */
  complete?: (f: EntryFields) => EntryFields;
}

/** A number as clerks type it ("-3", "+5", "1,5"): a sign there is arithmetic, not a formula. */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/;

export function entriesFromRecords(records: SheetRecord[], opts: RowOptions, diagnostics: Diagnostic[] = []): Result<ImportedEntry[]> {
  const { file, span } = opts;
  const header = records[0];
  if (!header)
    return {
      diagnostics: [
        {
          code: "log/csv-header",
          severity: "error",
          file,
          line: 1,
          message: "Bảng tính trống.",
          hint: `Dòng đầu là tiêu đề cột, ví dụ: ${exampleHeader()}`,
        },
      ],
    };
  const ignored: string[] = [];
  const columns = header.cells.map((h, i) => {
    const found = lookup.get(key(h));
    if (found || h.trim() === "") return found;
    // A typo (two letters at most) is an error, since that column's figures would be lost; any
    // other column is the clerk's own ("STT", "Người nhập") and is ignored.
    const s = didYouMean(key(h), lookup.keys()).filter((c) => levenshtein(c, key(h)) <= 2);
    if (s.length === 0 || /^(stt|tt|so tt|so thu tu)$/.test(key(h))) {
      ignored.push(h.trim());
      return undefined;
    }
    const shown = HEADERS[lookup.get(s[0]!)!].find((n) => key(n) === s[0]) ?? s[0]!;
    diagnostics.push({
      code: "log/csv-header",
      severity: "error",
      file,
      line: header.line,
      endLine: header.line,
      ...span(header.line, i),
      message: `Cột "${h}" không có trong mẫu nhập.`,
      hint: `Có phải là "${shown}"?`,
      suggestions: [shown],
    });
    return undefined;
  });
  if (ignored.length)
    diagnostics.push({
      code: "log/import-columns-ignored",
      severity: "warning",
      file,
      line: header.line,
      message: `Bỏ qua ${ignored.length} cột không có trong mẫu nhập: ${ignored.map((h) => `"${h}"`).join(", ")}.`,
      hint: `Các cột được nhập: ${exampleHeader()}`,
    });
  for (const need of ["date", "items", "summary"] as const) {
    if (!columns.includes(need))
      diagnostics.push({
        code: "log/csv-header",
        severity: "error",
        file,
        line: header.line,
        message: `Thiếu cột "${HEADERS[need][1] ?? need}" (${need}).`,
        hint: `Các cột: ${exampleHeader()}`,
      });
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const out: ImportedEntry[] = [];
  for (const { cells, line } of records.slice(1)) {
    if (cells.every((c) => c.trim() === "")) continue;
    let fields: EntryFields = {};
    columns.forEach((k, i) => {
      if (!k || cells[i] === undefined) return;
      if (k === "quantity") fields.quantity = [...(fields.quantity ?? []), cells[i]!];
      else fields[k] = cells[i];
    });
    if (opts.complete) fields = opts.complete(fields);
    diagnostics.push(...formulaCells(cells, columns, opts, line));
    const built = buildEntry(fields);
    for (const p of built.problems) {
      const at = columns.indexOf(p.field);
      diagnostics.push({
        code: "log/csv-row",
        severity: "error",
        file,
        line,
        ...(at >= 0 ? { endLine: line, ...span(line, at) } : {}),
        message: `Dòng ${line}: ${p.message}`,
        hint: p.hint,
      });
    }
    if (built.entry) out.push({ entry: built.entry, line });
  }
  // The good rows come back even when others are bad, so their plan ids can be checked too.
  return { value: out, diagnostics };
}

/**
 * Cells a spreadsheet would run as formulas (=HYPERLINK(…), +cmd|…, @SUM(…)): imported as the
 * text typed, with a warning, since someone may have planted them to attack whoever opens the
 * report's CSV; the export neutralises them (util/spreadsheet-cell.ts).
 */
function formulaCells(cells: string[], columns: (keyof EntryFields | undefined)[], opts: RowOptions, line: number): Diagnostic[] {
  return cells.flatMap((value, i) => {
    if (columns[i] === undefined || !startsLikeFormula(value) || NUMBER.test(value)) return [];
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return [
      {
        code: "log/csv-formula" as const,
        severity: "warning" as const,
        file: opts.file,
        line,
        endLine: line,
        ...opts.span(line, i),
        message: `Dòng ${line}: ô "${shown}" bắt đầu bằng "${value[0]}", bảng tính có thể chạy nó như một công thức; đã nhập nguyên văn như chữ.`,
        hint: "Nếu ô này không phải do bạn gõ, hãy xem lại tệp CSV gốc. Khi xuất CSV (cai-cach report --format csv), ô như vậy được ghi kèm dấu ' ở đầu để bảng tính chỉ hiện chữ.",
      },
    ];
  });
}
