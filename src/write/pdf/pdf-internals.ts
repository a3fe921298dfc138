// The part of pdfkit's document the PDF writer uses below its text API (present in pdfkit 0.20,
// absent from @types/pdfkit): indirect objects, the page's font resources and raw content.
// Text is drawn with glyph ids the layout already chose (embedded-face.ts), so pdfkit never lays
// out, shapes or measures text; it writes the file's structure, lines and compression.

import type PDFKit from "pdfkit";

export interface PdfRef {
  data: Record<string, unknown>;
  end(chunk?: Buffer | string): void;
}

export interface PdfDocumentInternals {
  ref(data?: Record<string, unknown>): PdfRef;
  addContent(operators: string): unknown;
  page: { height: number; fonts: Record<string, PdfRef> };
}

export const internals = (doc: PDFKit.PDFDocument): PdfDocumentInternals => doc as unknown as PdfDocumentInternals;

/** A number as pdfkit writes one in content and objects: at most six decimals. */
export const pdfNumber = (n: number): number => Math.round(n * 1e6) / 1e6;
