// Text typed by a clerk (command-line flags, spreadsheet cells) → a LogEntry. Accepts the ways
// numbers and dates are written in Vietnamese spreadsheets: "1.500.000", "2,5", "05/01/2022".
import { parseVnDate } from "../util/vn-date.js";
import type { LogEntry, Quantity } from "./log-model.js";

export interface EntryFields {
  date?: string;
  items?: string;
  unit?: string;
  summary?: string;
  /** "12 tin/bài"; several separated by ";" */
  quantity?: string[];
  /** With a separate measure column (CSV): the number alone. */
  measure?: string;
  participants?: string;
  reach?: string;
  cost?: string;
  evidence?: string;
  note?: string;
}

export interface FieldProblem {
  field: keyof EntryFields;
  message: string;
  hint: string;
}

/** "1.500.000" → 1500000, "2,5" → 2.5, "12" → 12; undefined when not a number. */
export function parseNumberVi(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, "");
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ""));
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(",", "."));
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  return undefined;
}

/** "12 tin/bài" → { value: 12, measure: "tin/bài" }. */
export function parseQuantity(text: string): Quantity | undefined {
  const m = /^\s*(-?[\d.,]+)\s+(.+?)\s*$/.exec(text);
  const value = m ? parseNumberVi(m[1]) : undefined;
  return m && value !== undefined ? { value, measure: m[2] } : undefined;
}

/**
 * Dates as spreadsheets hand them over: "2026-04-05 00:00:00" (a date cell saved as text) and
 * Excel's serial numbers (45387 = 5/4/2024; day 1 is 1/1/1900 and Excel counts a 29/2/1900
 * that never was, so serials from 61 on are days since 30/12/1899). Undefined for anything else.
 */
export function spreadsheetDate(text: string): string | undefined {
  const t = text.trim();
  const stamp = /^(\d{4}-\d{2}-\d{2})[ T]00:00(?::00(?:\.0+)?)?Z?$/.exec(t);
  if (stamp) return parseVnDate(stamp[1]!);
  if (!/^\d{5}$/.test(t)) return undefined;
  const serial = Number(t);
  if (serial < 36526 || serial > 73050) return undefined; // 2000-01-01 … 2099-12-31
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

export function buildEntry(f: EntryFields): { entry?: LogEntry; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const bad = (field: keyof EntryFields, message: string, hint: string): void => void problems.push({ field, message, hint });
  const clean = (s: string | undefined): string | undefined => (s === undefined || s.trim() === "" ? undefined : s.normalize("NFC").trim());
  const date = clean(f.date) ? (spreadsheetDate(f.date!) ?? parseVnDate(f.date!)) : undefined;
  if (!clean(f.date)) bad("date", "Thiếu ngày thực hiện.", "Ví dụ: 2022-01-05 hoặc 05/01/2022.");
  else if (!date) bad("date", `Ngày "${f.date}" không hợp lệ hoặc không có thật.`, "Ví dụ: 2022-01-05 hoặc 05/01/2022.");
  const items = (clean(f.items) ?? "").split(/[,;\s]+/).filter(Boolean);
  if (items.length === 0) bad("items", "Thiếu mã mục kế hoạch.", "Ví dụ: ht-cong-thong-tin (nhiều mã cách nhau bằng dấu phẩy).");
  const summary = clean(f.summary);
  if (!summary) bad("summary", "Thiếu nội dung việc đã làm.", "Ví dụ: Đăng tin về thủ tục hành chính mới.");
  const quantities: Quantity[] = [];
  for (const raw of (f.quantity ?? [])
    .flatMap((q) => q.split(";"))
    .map((q) => q.trim())
    .filter(Boolean)) {
    if (clean(f.measure)) {
      const value = parseNumberVi(raw);
      if (value === undefined) bad("quantity", `Số lượng "${raw}" không phải là số.`, "Ví dụ: 12");
      else quantities.push({ value, measure: clean(f.measure)! });
      continue;
    }
    const q = parseQuantity(raw);
    if (!q) bad("quantity", `Số lượng "${raw}" cần có con số và đơn vị tính.`, 'Ví dụ: "12 tin/bài".');
    else quantities.push(q);
  }
  if (!f.quantity?.some((q) => q.trim()) && clean(f.measure))
    bad("quantity", `Có đơn vị tính "${f.measure}" nhưng không có số lượng.`, "Ghi số lượng, ví dụ 12.");
  const count = (field: "participants" | "reach"): number | undefined => {
    if (!clean(f[field])) return undefined;
    const n = parseNumberVi(f[field]!);
    if (n === undefined || !Number.isInteger(n) || n < 0) bad(field, `"${f[field]}" phải là số nguyên không âm.`, "Ví dụ: 45");
    return n;
  };
  const participants = count("participants");
  const reach = count("reach");
  let cost: number | undefined;
  if (clean(f.cost)) {
    cost = parseNumberVi(f.cost!.replace(/\s*(đồng|đ|vnđ|vnd)$/i, ""));
    if (cost === undefined || cost < 0) bad("cost", `Kinh phí "${f.cost}" không phải là số tiền.`, "Ví dụ: 1500000 hoặc 1.500.000");
  }
  if (problems.length) return { problems };
  // Key order = the order entryYaml writes, so that a re-read compares equal.
  const entry: LogEntry = { date: date!, items, ...(clean(f.unit) ? { unit: clean(f.unit) } : {}), summary: summary! };
  if (quantities.length) entry.quantities = quantities;
  if (participants !== undefined) entry.participants = participants;
  if (reach !== undefined) entry.reach = reach;
  if (cost !== undefined) entry.cost = cost;
  if (clean(f.evidence)) entry.evidence = clean(f.evidence);
  if (clean(f.note)) entry.note = clean(f.note);
  return { entry, problems };
}
