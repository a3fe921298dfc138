// The yes/no answer for a whole log, for the common case of a valid one: the yes/no validator
// precompiled from schemas/activity-log.schema.json (scripts/build-validators.mjs: first error
// only, no details; as fast as the hand-written check it replaced on 100,000 entries). A log it
// rejects is asked again in detail, because negative quantities pass here on purpose: the log
// rules report them with their own code (log/negative-quantity), as impossible dates.
import { validate as valid } from "../load/log-fast-validator.generated.js";
import { schemaDiagnostics } from "./validate-schema.js";

export function validateFast(raw: unknown): boolean {
  return (valid as (data: unknown) => boolean)(raw) || schemaDiagnostics(raw, "").length === 0;
}
