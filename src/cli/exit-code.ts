// The exit code of `check` once severities are applied: 1 when there is an error, or when the
// warnings exceed `--max-warnings N` (as ESLint: a team can hold the count of warnings down);
// otherwise 0. Warnings alone never fail a run unless a maximum is given.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { EXIT } from "./io.js";

export function countWarnings(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === "warning").length;
}

export function checkExitCode(diagnostics: readonly Diagnostic[], maxWarnings?: number): number {
  if (diagnostics.some((d) => d.severity === "error")) return EXIT.problems;
  if (maxWarnings !== undefined && countWarnings(diagnostics) > maxWarnings) return EXIT.problems;
  return EXIT.ok;
}

/** Parses the value of --max-warnings; undefined when it is not a whole number ≥ 0. */
export function parseMaxWarnings(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** The line `check` prints when the warnings alone made it fail. */
export function maxWarningsMessage(count: number, max: number): string {
  return `Có ${count} cảnh báo, vượt quá giới hạn --max-warnings ${max}.`;
}
