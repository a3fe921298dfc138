// `log import`: an .xlsx workbook (recognised by its zip signature, whatever its name) or a CSV
// file, both read into the same rows and checked by the same rules (import-rows.ts).
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import type { EntryFields } from "./entry-input.js";
import { readCsvEntries, startsWithZipMagic } from "./import-csv.js";
import { entriesFromRecords, type ImportedEntry } from "./import-rows.js";
import { readXlsxRecords } from "./import-xlsx.js";

export async function readSpreadsheetEntries(
  path: string,
  file: string,
  complete?: (f: EntryFields) => EntryFields,
): Promise<Result<ImportedEntry[]> & { textLines: boolean }> {
  if (!/\.xlsx$/i.test(path) && !startsWithZipMagic(path)) return { ...(await readCsvEntries(path, file, complete)), textLines: true };
  const read = await readXlsxRecords(path, file);
  if (!read.value) return { diagnostics: read.diagnostics, textLines: false };
  const rows = entriesFromRecords(read.value, { file, complete, span: (_line, index) => ({ column: index + 1, endColumn: index + 2 }) });
  // A workbook has no text lines to quote: its diagnostics name the row (and cell) in words.
  return { ...rows, diagnostics: rows.diagnostics.map(atCell), textLines: false };
}

/** "Dòng 3, cột C: …" instead of a line and column the printer would quote from a zip file. */
export function atCell(d: Diagnostic): Diagnostic {
  const { line, column, endLine: _l, endColumn: _c, ...rest } = d;
  if (line === undefined) return rest;
  const where = `Dòng ${line}${column !== undefined ? `, cột ${columnLetter(column)}` : ""}`;
  return { ...rest, message: `${where}: ${d.message.replace(/^Dòng \d+: /u, "")}` };
}

function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
