// What every audit rule receives: the document as read, its paragraphs in order, and the
// components found in them. A rule is a pure function from this to diagnostics.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { DocxDocument } from "../docx-read/types.js";
import type { Line } from "./lines.js";
import type { Recognised } from "./recognise.js";

export interface AuditContext {
  doc: DocxDocument;
  lines: readonly Line[];
  found: Recognised;
}

export type AuditRule = (ctx: AuditContext) => Diagnostic[];

/** Millimetres as a clerk reads them in Word's Page Setup ("2,5 cm" is shown as 25 mm). */
export const mm = (v: number): string => `${(Math.round(v * 10) / 10).toString().replace(".", ",")} mm`;
export const pt = (v: number): string => `${(Math.round(v * 10) / 10).toString().replace(".", ",")} pt`;
