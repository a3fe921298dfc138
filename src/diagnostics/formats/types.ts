// What every output format receives. A formatter is one small function (ESLint's formatters);
// the registry in index.ts maps a --format name to it.
import type { Diagnostic } from "../diagnostic.js";

export interface FormatContext {
  cwd: string;
  /** Colour allowed: the stream is a TTY and NO_COLOR is unset (decided by the caller). */
  color: boolean;
  /** Source text of a file when the loader kept it; formatters read the file otherwise. */
  source(file: string): string | undefined;
  /** What was checked, for summaries. */
  counts: { plans: number; logs: number };
  /** The files checked, clean ones included, when the caller knows them (JUnit: one testcase each). */
  files?: readonly string[];
}

export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;

/** Diagnostics in reading order: by file, then line and column (those without a line first). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file ?? "", b.file ?? "") ||
      (a.line ?? a.place?.paragraph ?? 0) - (b.line ?? b.place?.paragraph ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.code, b.code),
  );
}

/** Code-point order: the same on every machine (no locale), and no ICU collator to load. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
