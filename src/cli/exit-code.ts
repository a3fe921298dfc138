// The one exit code of every command, decided from its diagnostics once the config's severities
// are applied (README, "Mã thoát"):
//   2 could not run — some diagnostic's code is registered as fatal (unreadable input, unusable
//     output, bad usage, missing font): the registry (diagnostics/codes.ts) says which;
//   1 the inputs have problems — an error, or more warnings than `--max-warnings N` (as ESLint:
//     a team can hold the count of warnings down);
//   0 otherwise. Warnings alone never fail a run unless a maximum is given.
// 70 (internal error) is main.ts's alone: an exception no diagnostic describes.
import { isFatal } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { EXIT } from "./io.js";

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCode(diagnostics: readonly Diagnostic[], opts: { maxWarnings?: number } = {}): ExitCode {
  if (diagnostics.some((d) => isFatal(d.code))) return EXIT.couldNotRun;
  if (diagnostics.some((d) => d.severity === "error")) return EXIT.problems;
  if (opts.maxWarnings !== undefined && countWarnings(diagnostics) > opts.maxWarnings) return EXIT.problems;
  return EXIT.ok;
}

export function countWarnings(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === "warning").length;
}

/** Parses the value of --max-warnings; undefined when it is not a whole number ≥ 0. */
export function parseMaxWarnings(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** The line `check` prints when the warnings alone made it fail. */
export function maxWarningsMessage(count: number, max: number): string {
  return `Có ${count} cảnh báo, vượt quá giới hạn --max-warnings ${max}.`;
}
