// A clerk's rule: a pure function from a schema-valid plan to diagnostics with JSON pointers.
import { type Code, codeInfo } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";

export type Rule = (plan: Plan) => Diagnostic[];

/** A diagnostic with the code's default severity and clause (the registry, diagnostics/codes.ts). */
export function diag(code: Code, pointer: string, message: string, hint: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  const info = codeInfo(code);
  const clause = info?.clause;
  return { code, severity: info?.severity ?? "error", message, hint, pointer, ...(clause ? { clause } : {}), ...extra };
}
