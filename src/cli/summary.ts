// The one line `check` ends with, in Vietnamese.
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export function summaryLine(
  diagnostics: readonly Diagnostic[],
  counts: { plans: number; logs: number; notes?: number; types?: { name: string; count: number }[] },
): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  // Each document type by its name ("2 kế hoạch, 1 quyết định"); no plan at all: "0 kế hoạch".
  const documents = counts.types?.length ? counts.types.map((t) => `${t.count} ${t.name}`).join(", ") : `${counts.plans} kế hoạch`;
  const what = `${documents}, ${counts.logs} nhật ký${counts.notes ? `, ${counts.notes} ghi chú báo cáo` : ""}`;
  if (errors > 0) return `✗ ${what}: ${errors} lỗi${warnings > 0 ? `, ${warnings} cảnh báo` : ""}.`;
  if (warnings > 0) return `✓ ${what}: không có lỗi, ${warnings} cảnh báo.`;
  return `✓ ${what}: không có lỗi.`;
}
