// `log list` as text: one line per entry, its number first (what `log remove` takes).
import type { LogEntry } from "../../logs/log-model.js";
import { formatNumberVi } from "../number-text.js";
import { short } from "../periods.js";

export interface NumberedEntry {
  number: number;
  file: string;
  entry: LogEntry;
}

export function entryLines(entries: LogEntry[]): string[] {
  return entries.map((e) => entryText(e));
}

function entryText(e: LogEntry): string {
  const quantities = (e.quantities ?? []).map((q) => `${formatNumberVi(q.value)} ${q.measure}`).join(", ");
  return [short(e.date), e.unit ?? "", e.items.join(", "), e.summary, quantities].filter(Boolean).join(" | ");
}

export function listText(rows: NumberedEntry[]): string {
  if (rows.length === 0) return "Không có mục nhật ký nào khớp.\n";
  const width = String(rows[rows.length - 1]!.number).length;
  const out = [`#${" ".repeat(width)}Ngày | Đơn vị | Mục kế hoạch | Nội dung | Số lượng`];
  let file = "";
  for (const r of rows) {
    if (r.file !== file) {
      file = r.file;
      out.push(`${file}:`);
    }
    out.push(`${String(r.number).padStart(width)}  ${entryText(r.entry)}`);
  }
  return `${out.join("\n")}\n${rows.length} mục.\n`;
}
