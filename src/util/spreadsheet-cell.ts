// Cells of every CSV (or other spreadsheet) cai-cach writes. A text cell starting with "=", "+",
// "-", "@", tab or carriage return is run by Excel and LibreOffice as a formula
// (=HYPERLINK("http://…"&A2) sends the sheet's data away): such a cell is written with a leading
// apostrophe, as OWASP's "CSV Injection" page recommends, so it opens as the text typed. The
// full-width forms (＝ ＋ － ＠), which some spreadsheets read as the same operators, too.
// Numbers are written as numbers: -3 stays a negative number, never '-3.

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Text a spreadsheet would take for a formula (used to warn on import and to neutralise on export). */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A text cell of any spreadsheet cai-cach writes (CSV, .xlsx): a formula-like start gets "'". */
export function neutralText(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** One cell: numbers as written, text neutralised, quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string | number, delimiter = ","): string {
  if (typeof value === "number") return String(value);
  const text = neutralText(value);
  return text.includes(delimiter) || /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, CRLF line ends (RFC 4180). */
export function csvRows(rows: readonly (readonly (string | number)[])[], delimiter = ","): string {
  return rows.map((row) => row.map((v) => csvCell(v, delimiter)).join(delimiter)).join("\r\n");
}
