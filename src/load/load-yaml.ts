// The generic YAML loader shared by plans and activity logs: reads the file (encodings, binary,
// missing), parses with source positions, collects every YAML problem as a diagnostic, normalises
// every string (keys included) to NFC, and flags text typed in legacy encodings. Positions are
// kept as a `locate(pointer)` function so diagnostics carry a JSON pointer until printed.

import { resolve, isAbsolute } from "node:path";
import { displayPath } from "./display-path.js";
import type { Document } from "yaml";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { readSource } from "./read-source.js";
import { locator, type Locate } from "./locate.js";
import { yamlErrorDiagnostic } from "./yaml-errors.js";
import { normaliseStrings } from "./normalise.js";
import { yamlPackage } from "./yaml-package.js";

export type { Locate, Span } from "./locate.js";

export interface LoadedYaml {
  /** The parsed data, every string NFC. */
  data: unknown;
  /** Source position of a JSON pointer (the key's when atKey). */
  locate: Locate;
  /** The decoded source text (for code frames). */
  text: string;
  /** The file as it is shown to the user (relative to cwd when inside it). */
  file: string;
}

/** Most aliases a document may expand: stops "billion laughs" documents (yaml's own guard). */
export const MAX_ALIASES = 100;

export interface LoadYamlOptions {
  cwd?: string;
}

/**
 * `value` is present when the YAML could be read and parsed; diagnostics then may still hold
 * text problems (legacy encoding). Structural YAML errors leave `value` undefined.
 */
export async function loadYamlFile(file: string, opts: LoadYamlOptions = {}): Promise<Result<LoadedYaml>> {
  const cwd = opts.cwd ?? process.cwd();
  const path = isAbsolute(file) ? file : resolve(cwd, file);
  const display = displayPath(path, file, cwd);
  const source = await readSource(path, display);
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  if (!source.value) return { diagnostics };
  return parseYamlText(source.value.text, display, diagnostics);
}

/** Parses text already read (tests, stdin); same result as loadYamlFile. */
export function parseYamlText(text: string, display: string, diagnostics: Diagnostic[] = []): Result<LoadedYaml> {
  const { LineCounter, parseDocument } = yamlPackage();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const pos = (offset: number): { line: number; column: number } => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const err of doc.errors) diagnostics.push(yamlErrorDiagnostic(err, display, pos, text));
  if (doc.errors.length > 0) return { diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    diagnostics.push(aliasLimit(doc, display, pos, err));
    return { diagnostics };
  }
  const locate = locator(doc, pos);
  data = normaliseStrings(data, "", (pointer, found) => {
    diagnostics.push({ ...found, file: display, pointer, ...locate(pointer) });
  });
  return { value: { data, locate, text, file: display }, diagnostics };
}

function aliasLimit(doc: Document, display: string, pos: (o: number) => { line: number; column: number }, err: unknown): Diagnostic {
  const message = err instanceof Error ? err.message : String(err);
  const excessive = /alias/i.test(message);
  // Point at the first alias, where the expansion starts.
  let start = doc.contents?.range?.[0] ?? 0;
  const { visit } = yamlPackage();
  visit(doc, {
    Alias(_, node) {
      start = node.range?.[0] ?? start;
      return visit.BREAK;
    },
  });
  return {
    code: excessive ? "yaml/alias-limit" : "yaml/syntax",
    severity: "error",
    file: display,
    ...pos(start),
    message: excessive
      ? `Tệp dùng bí danh YAML (*tên) quá nhiều lần (hơn ${MAX_ALIASES} lần); cai-cach dừng đọc để tránh treo máy.`
      : `Không đọc được YAML: ${message}`,
    hint: excessive ? "Viết thẳng nội dung thay cho các bí danh &tên / *tên lồng nhau." : "Kiểm tra cú pháp YAML quanh vị trí này.",
  };
}
