// Schema validation of a plan's data with the validator precompiled from schemas/plan.schema.json
// (scripts/build-plan-validator.mjs): no schema compilation at run time.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { validate as generated } from "./plan-validator.generated.js";
import { schemaDiagnostics, type SchemaError } from "./schema-errors.js";

const validate = generated as unknown as { (data: unknown): boolean; errors?: unknown[] | null };

export function validatePlanSchema(data: unknown): Diagnostic[] {
  if (data === null || data === undefined) {
    return [
      {
        // No pointer: the file as a whole (an empty line has nothing to underline).
        code: "schema/wrong-type",
        severity: "error",
        message: "Tệp trống: chưa có nội dung kế hoạch.",
        hint: "Chép plans/plan-2022.yaml làm mẫu rồi sửa lại.",
      },
    ];
  }
  if (validate(data)) return [];
  return schemaDiagnostics((validate.errors ?? []) as SchemaError[], data);
}
