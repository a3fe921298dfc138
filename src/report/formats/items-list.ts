// `cai-cach items` as text (a table for the terminal), JSON and CSV. Every CSV cell goes
// through the one spreadsheet-cell writer (util/spreadsheet-cell.ts).
import { csvRows } from "../../util/spreadsheet-cell.js";
import { jsonEscaped } from "../../util/terminal-text.js";
import { formatNumberVi } from "../number-text.js";
import { short } from "../periods.js";

export interface ItemRow {
  id: string;
  /** "II.1.a", or "II.1.a, ý 2" for a dash item. */
  number: string;
  title: string;
  /** Abbreviations (or ids) of the units. */
  units: string[];
  targets: { measure: string; target: number; done: number }[];
  deadline?: string;
  /** Entries logged against it in the year so far. */
  entries: number;
}

const percent = (done: number, target: number): string => (target > 0 ? `${Math.round((done / target) * 100)}%` : "");

function progress(r: ItemRow): string {
  const parts = r.targets.map((t) => `${formatNumberVi(t.done)}/${formatNumberVi(t.target)} ${t.measure} (${percent(t.done, t.target)})`);
  if (r.deadline) parts.push(`hạn ${short(r.deadline)}`);
  if (parts.length === 0) return r.entries ? `${r.entries} hoạt động` : "";
  return parts.join("; ");
}

export function itemsText(year: number, rows: ItemRow[]): string {
  const head = ["Mã", "Số", "Tên", "Đơn vị", "Tiến độ năm"];
  const cells = rows.map((r) => [
    r.id,
    r.number,
    r.title.length > 60 ? `${r.title.slice(0, 59)}…` : r.title,
    r.units.join(", "),
    progress(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [`Các mục có mã của kế hoạch năm ${year} (${rows.length} mục):`, line(head), ...cells.map(line), ""].join("\n");
}

export function itemsJson(year: number, rows: ItemRow[]): string {
  return `${jsonEscaped(JSON.stringify({ year, items: rows }, null, 2))}\n`;
}

export function itemsCsv(rows: ItemRow[]): string {
  const out: (string | number)[][] = [["id", "so_muc", "ten", "don_vi", "don_vi_tinh", "chi_tieu", "da_lam", "han", "so_hoat_dong"]];
  for (const r of rows) {
    const targets = r.targets.length ? r.targets : [undefined];
    for (const t of targets)
      out.push([
        r.id,
        r.number,
        r.title,
        r.units.join(", "),
        t?.measure ?? "",
        t?.target ?? "",
        t?.done ?? "",
        r.deadline ?? "",
        r.entries,
      ]);
  }
  return `\uFEFF${csvRows(out)}\r\n`;
}
