// Yes or no: does the data have a plan's shape (schemas/plan.schema.json)? The fast path of
// loading a plan asks only this, with a validator generated without error details or the
// schema's annotations (scripts/build-validators.mjs); the detailed validator and its messages
// (validate-plan.ts) load only when the answer is no.
import { validate } from "./plan-fast-validator.generated.js";

export function isPlanShape(data: unknown): boolean {
  return data !== null && data !== undefined && (validate as (data: unknown) => boolean)(data);
}
