// Loads a small YAML file that has a schema (the config, a period's report notes) the way plans
// are loaded: read-source (encodings) → YAML → NFC → schema → diagnostics with file, line and
// column. Synchronous, as these are read before anything else by synchronous callers.
//
// Speed: `check` reads the config on every run. The plain reader (plain-yaml.ts) parses a clean
// file without the `yaml` package; only a file with a problem is parsed again with positions.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { parseYamlText } from "./load-yaml.js";
import { normaliseStrings } from "./normalise.js";
import { BAIL, plainYaml } from "./plain-yaml.js";
import { readSourceSync } from "./read-source.js";
import { locateDiagnostics, type SourceFile, sourceFile } from "./source-file.js";

export interface LoadedDocument {
  /** The data (every string NFC) when the schema accepted it. */
  data?: unknown;
  /** The data whatever the schema said, when the YAML could be read (to report more problems). */
  parsed?: unknown;
  /** Every reading, YAML and schema problem, located. */
  diagnostics: Diagnostic[];
  /** The decoded source, when the file could be read (to locate later diagnostics). */
  source?: SourceFile;
}

export interface DocumentOptions {
  /** The schema's diagnostics for the data (schema-validator.ts). */
  validate: (data: unknown) => Diagnostic[];
  /** What an empty file (or one of comments only) means; the config and notes read it as {}. */
  empty?: unknown;
}

/** `display` is the file as shown to the user, `path` the one to open. */
export function loadDocumentSync(path: string, display: string, opts: DocumentOptions): LoadedDocument {
  const read = readSourceSync(path, display);
  if (!read.value) return { diagnostics: read.diagnostics };
  const text = read.value.text;
  if (read.diagnostics.length === 0) {
    const clean = cleanFast(text, opts);
    if (clean !== BAIL) return { data: clean, parsed: clean, diagnostics: [], source: sourceFile(display, text) };
  }
  const parsed = parseYamlText(text, display, [...read.diagnostics]);
  if (!parsed.value) return { diagnostics: parsed.diagnostics, source: sourceFile(display, text) };
  const source = sourceFile(display, text, parsed.value);
  const data = parsed.value.data ?? opts.empty;
  const problems = opts.validate(data);
  const diagnostics = locateDiagnostics([...parsed.diagnostics, ...problems], source, data);
  return hasErrors(problems) ? { parsed: data, diagnostics, source } : { data, parsed: data, diagnostics, source };
}

/** The clean case without positions; BAIL as soon as anything needs reporting. */
function cleanFast(text: string, opts: DocumentOptions): unknown {
  const plain = plainYaml(text);
  if (plain === BAIL) return BAIL;
  let found = false;
  const data =
    normaliseStrings(plain, "", () => {
      found = true;
    }) ?? opts.empty;
  return found || opts.validate(data).length > 0 ? BAIL : data;
}
