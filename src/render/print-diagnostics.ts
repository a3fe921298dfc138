// A plain line per diagnostic: "plans/plan-2022.yaml:19:7: lỗi [schema/missing-field] message"
// then the hint. render now prints with the shared stylish formatter; `report` still uses this.
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export function formatPlain(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ""}` : ""}: ` : "";
  const level = d.severity === "error" ? "lỗi" : "cảnh báo";
  const hint = d.hint ? `\n  gợi ý: ${d.hint.replace(/\n/g, "\n  ")}` : "";
  return `${where}${level} [${d.code}] ${d.message}${hint}\n`;
}
