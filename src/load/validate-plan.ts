// Schema validation of a plan's data with the validator precompiled from schemas/plan.schema.json
// (scripts/build-validators.mjs): no schema compilation at run time.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { validate as generated } from "./plan-validator.generated.js";
import { PLAN_KIND } from "./schema-kinds.js";
import { schemaValidator } from "./schema-validator.js";

const validate = schemaValidator(generated, PLAN_KIND);

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
  return validate(data);
}
