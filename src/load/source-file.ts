// One located file (unified's vfile is the model): the display path and decoded text of an
// input, and `locate(pointer)` that turns a JSON pointer into a line and column. The position
// map is built only on the first call, so a clean file read by the fast path never pays for it.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type LoadedYaml, type Locate, parseYamlText, type Span } from "./load-yaml.js";
import { refineSpan } from "./refine-span.js";
import { valueAt } from "./schema-errors.js";

export interface SourceFile {
  /** The file as shown to the user (relative to cwd when inside it). */
  file: string;
  /** The decoded text (BOM removed); positions refer to it. */
  text: string;
  /** Where a pointer is in the text (the key's position when atKey). */
  locate: Locate;
}

/** A source; `parsed` when the caller already parsed it with positions. */
export function sourceFile(file: string, text: string, parsed?: Pick<LoadedYaml, "locate">): SourceFile {
  let locate = parsed?.locate;
  return {
    file,
    text,
    locate: (pointer, atKey) => {
      locate ??= positionsOf(text, file);
      return locate(pointer, atKey);
    },
  };
}

function positionsOf(text: string, file: string): Locate {
  // Cheap to call from a clean file's fast path: the `yaml` package is required only here.
  return parseYamlText(text, file).value?.locate ?? (() => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) as Span);
}

/**
 * Fills file, line and column of each diagnostic from its pointer (the pointer is kept, so
 * formatters can show it). `data` is the parsed value, to narrow a span to the part of a string
 * a diagnostic is about (Diagnostic.within).
 */
export function locateDiagnostics(diagnostics: readonly Diagnostic[], source: SourceFile, data: unknown): Diagnostic[] {
  let lines: string[] | undefined;
  return diagnostics.map((d) => {
    const withFile = d.file ? d : { ...d, file: source.file };
    if (withFile.line !== undefined || withFile.pointer === undefined) return withFile;
    let span = source.locate(withFile.pointer, withFile.atKey);
    const value = valueAt(data, withFile.pointer);
    if (withFile.within && typeof value === "string") {
      lines ??= source.text.split(/\r?\n/);
      span = refineSpan(span, lines, value, withFile.within);
    }
    return { ...withFile, ...span };
  });
}
