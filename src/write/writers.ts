// The output formats: format name → writer, each imported only when used (pandoc's list of
// writers). docx and pdfkit are heavy; `check` never loads them.
import type { DocumentTree } from "../compose/tree.js";

export type Writer = (tree: DocumentTree) => Promise<Buffer>;

export const FORMATS = ["docx", "pdf", "md", "html"] as const;
export type Format = (typeof FORMATS)[number];

export const writers: Record<Format, () => Promise<Writer>> = {
  docx: async () => (await import("./docx/write-docx.js")).writeDocx,
  pdf: async () => (await import("./pdf/write-pdf.js")).writePdf,
  md: async () => (await import("./markdown.js")).writeMarkdown,
  html: async () => (await import("./html/write-html.js")).writeHtml,
};

export const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);
