// Schema validation of a plan's data (placeholder until the precompiled validator lands).
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export function validatePlanSchema(data: unknown): Diagnostic[] {
  if (data !== null && typeof data === "object" && !Array.isArray(data)) return [];
  return [{ code: "schema/wrong-type", severity: "error", pointer: "", message: "Kế hoạch phải là một bảng khóa: giá trị.", hint: "Xem plans/plan-2022.yaml." }];
}
