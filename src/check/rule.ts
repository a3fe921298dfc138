// A clerk's rule: a pure function from a schema-valid plan to diagnostics with JSON pointers.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import { CODE_INDEX } from "../diagnostics/codes.js";

export type Rule = (plan: Plan) => Diagnostic[];

/** A diagnostic with the code's default severity and clause (codes.ts). */
export function diag(code: string, pointer: string, message: string, hint: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  const info = CODE_INDEX[code];
  if (!info) throw new Error(`unknown diagnostic code ${code}: add it to src/check/codes.ts`);
  return { code, severity: info.severity, message, hint, pointer, ...(info.clause ? { clause: info.clause } : {}), ...extra };
}
