// One diagnostic type for every problem a user can cause: YAML syntax, schema, clerk's rules,
// logs, rendering. Expected failures are data, never exceptions that reach the user.

import type { Code } from "./codes.js";
import type { RuleSeverity, Severity } from "./severity.js";

export type { Code, RuleSeverity, Severity };

export interface Diagnostic {
  /** Stable code, e.g. "yaml/syntax", "schema/missing-field", "rule/date-invalid" (codes.ts). */
  code: Code;
  severity: Severity;
  /** One Vietnamese sentence. */
  message: string;
  /** File path as the user gave it (relative to cwd when possible). */
  file?: string;
  /** JSON pointer into the document, resolved to line/col when printing. */
  pointer?: string;
  /** Point at the key rather than the value (missing or unknown fields). */
  atKey?: boolean;
  /**
   * The part of the string value at `pointer` the problem is about (UTF-16 offset and length in
   * the value), so the column points at "115/NĐ-CP" inside a long sentence, not at its start.
   */
  within?: { offset: number; length: number };
  /** 1-based; filled by the loader/resolver when a source is known. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Vietnamese hint: what to do about it. */
  hint?: string;
  /** Did-you-mean candidates. */
  suggestions?: string[];
  /** The clause of the decree the rule comes from, e.g. "NĐ 30/2020, Phụ lục I, II.3". */
  clause?: string;
  /**
   * In a document that has no lines to point at (a DOCX read by `audit`): the paragraph as a clerk
   * counts them in Word (1-based, tables included; 0 for the page's header or footer and for the
   * page setup) and how to find it, `đoạn 12 "Căn cứ Nghị quyết số…"` or `đầu trang`.
   */
  place?: { paragraph: number; where: string };
}

/** The result of every stage: a value when it could be produced, and all problems found. */
export interface Result<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
