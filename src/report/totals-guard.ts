// Report figures are sums of integers (đồng, people, views) and of quantities; a JavaScript
// number adds integers exactly only up to 2^53 - 1 (about 9 triệu tỷ). Each log entry is capped
// by the schema (cost ≤ 10^12 đồng), but thousands of capped entries could still pass that
// bound: then the report stops and says so rather than print a total that is off by some đồng.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ReportData, Tally } from "./report-model.js";

function tooLarge(t: Tally): string | undefined {
  if (!Number.isSafeInteger(t.cost)) return "kinh phí";
  if (!Number.isSafeInteger(t.participants)) return "số người tham dự";
  if (!Number.isSafeInteger(t.reach)) return "số lượt tiếp cận";
  for (const [measure, value] of Object.entries(t.quantities)) if (value > Number.MAX_SAFE_INTEGER) return `số ${measure}`;
  return undefined;
}

/** A report/total-too-large diagnostic when a total cannot be added exactly. */
export function totalsGuard(data: ReportData): Diagnostic[] {
  const what = tooLarge(data.totals.yearToDate) ?? tooLarge(data.totals.period) ?? tooLarge(data.totals.previous);
  if (what === undefined) return [];
  return [
    {
      code: "report/total-too-large",
      severity: "error",
      message: `Tổng ${what} của nhật ký vượt quá 9.007.199.254.740.991, con số lớn nhất cộng được chính xác; báo cáo không lập.`,
      hint: "Kiểm tra các mục nhật ký có số rất lớn (có thể gõ thừa chữ số), sửa rồi chạy lại.",
    },
  ];
}
