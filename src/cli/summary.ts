// The one line `check` ends with, in Vietnamese.
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export function summaryLine(diagnostics: readonly Diagnostic[], counts: { plans: number; logs: number; notes?: number }): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const what = `${counts.plans} kế hoạch, ${counts.logs} nhật ký${counts.notes ? `, ${counts.notes} ghi chú báo cáo` : ""}`;
  if (errors > 0) return `✗ ${what}: ${errors} lỗi${warnings > 0 ? `, ${warnings} cảnh báo` : ""}.`;
  if (warnings > 0) return `✓ ${what}: không có lỗi, ${warnings} cảnh báo.`;
  return `✓ ${what}: không có lỗi.`;
}
