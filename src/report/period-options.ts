// CLI period flags → a PeriodSpec, or a diagnostic. Exactly one period flag; --year defaults
// to the latest plan year (passed in by the caller).
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { parseVnDate } from "../util/vn-date.js";
import type { PeriodSpec } from "./periods.js";

export interface PeriodFlags {
  quarter?: string;
  half?: string;
  nineMonths?: boolean;
  annual?: boolean;
  month?: string;
  from?: string;
  to?: string;
  year?: string;
}

const bad = (message: string, hint: string): Result<PeriodSpec> => ({
  diagnostics: [{ code: "report/invalid-period", severity: "error", message, hint } satisfies Diagnostic],
});

const HINT =
  "Chọn một kỳ: --quarter 1..4 (hoặc I..IV), --half 1|2, --nine-months, --annual, --month 1..12, hoặc --from dd/mm/yyyy --to dd/mm/yyyy; kèm --year YYYY nếu cần.";

export function periodFromFlags(f: PeriodFlags, defaultYear: number | undefined): Result<PeriodSpec> {
  const chosen = [
    f.quarter !== undefined,
    f.half !== undefined,
    !!f.nineMonths,
    !!f.annual,
    f.month !== undefined,
    f.from !== undefined || f.to !== undefined,
  ].filter(Boolean).length;
  if (chosen === 0) return bad("Chưa chọn kỳ báo cáo.", HINT);
  if (chosen > 1) return bad("Chỉ chọn một kỳ báo cáo mỗi lần.", HINT);
  let year = defaultYear;
  if (f.year !== undefined) {
    if (!/^\d{4}$/.test(f.year)) return bad(`Năm "${f.year}" không hợp lệ.`, "Ví dụ: --year 2022");
    year = Number(f.year);
  }
  const int = (s: string, lo: number, hi: number): number | undefined => (/^\d+$/.test(s) && +s >= lo && +s <= hi ? +s : undefined);
  if (f.from !== undefined || f.to !== undefined) {
    // Dates as clerks type them (15/3/2026) or ISO (2026-03-15).
    const from = f.from ? parseVnDate(f.from) : undefined;
    const to = f.to ? parseVnDate(f.to) : undefined;
    if (!from || !to)
      return bad(
        "Kỳ đột xuất cần cả --from và --to là ngày có thật (dd/mm/yyyy hoặc YYYY-MM-DD).",
        "Ví dụ: --from 01/02/2022 --to 15/02/2022",
      );
    if (from > to) return bad(`Ngày bắt đầu ${f.from} sau ngày kết thúc ${f.to}.`, "Đổi chỗ --from và --to.");
    return { value: { kind: "custom", year: Number(to.slice(0, 4)), from, to }, diagnostics: [] };
  }
  if (year === undefined)
    return bad("Không xác định được năm báo cáo: không có kế hoạch nào trong plans/.", "Thêm --year YYYY hoặc đặt kế hoạch vào plans/.");
  if (f.quarter !== undefined) {
    // "I".."IV" as reports write quarters, or 1..4.
    const roman = ["I", "II", "III", "IV"].indexOf(f.quarter.trim().toUpperCase()) + 1;
    const n = roman || int(f.quarter, 1, 4);
    return n
      ? { value: { kind: "quarter", year, n }, diagnostics: [] }
      : bad(`Quý "${f.quarter}" không hợp lệ.`, "Quý từ 1 đến 4 (hoặc I đến IV), ví dụ --quarter 1 hoặc --quarter I.");
  }
  if (f.half !== undefined) {
    const n = int(f.half, 1, 2);
    return n
      ? { value: { kind: "half", year, n }, diagnostics: [] }
      : bad(`Nửa năm "${f.half}" không hợp lệ.`, "--half 1 (6 tháng đầu năm) hoặc --half 2 (6 tháng cuối năm).");
  }
  if (f.month !== undefined) {
    const n = int(f.month, 1, 12);
    return n
      ? { value: { kind: "month", year, n }, diagnostics: [] }
      : bad(`Tháng "${f.month}" không hợp lệ.`, "Tháng từ 1 đến 12, ví dụ --month 3.");
  }
  return { value: { kind: f.nineMonths ? "nine-months" : "annual", year }, diagnostics: [] };
}
