// The corpus's DOCX as LibreOffice lays it out against our PDF: the same pages, and on each
// page the same lines (so the same line breaks) — compared as each page's set of lines, with
// spaces collapsed, since the two PDFs draw a page's text in different orders. One soffice run
// converts every document (it costs seconds to start).
import { beforeAll, describe, expect, it } from "vitest";
import { pdfPages } from "../helpers/pdf-text.js";
import { docxToPdfs, hasSoffice, sofficeSkipReason } from "../write/docx/soffice.js";
import { buildDocument, type CorpusDocument, corpusNames } from "./corpus.js";

if (!hasSoffice) console.warn(sofficeSkipReason);

/** A page as the sorted list of its non-empty lines, spaces collapsed; U+2011 read as "-". */
export const pageLines = (page: string): string[] =>
  page
    .split("\n")
    .map((l) =>
      l
        .replace(/\u2011/gu, "-")
        .replace(/\s+/gu, " ")
        .trim(),
    )
    .filter((l) => l !== "")
    .sort();

describe.skipIf(!hasSoffice)("the corpus in LibreOffice", () => {
  const names = corpusNames();
  const ours = new Map<string, string[]>();
  const theirs = new Map<string, string[]>();
  beforeAll(async () => {
    const docs: CorpusDocument[] = [];
    for (const name of names) docs.push(await buildDocument(name));
    const converted = await docxToPdfs(docs.map((d) => d.docx));
    for (const [i, doc] of docs.entries()) {
      ours.set(doc.name, await pdfPages(doc.pdf));
      theirs.set(doc.name, await pdfPages(converted[i]!));
    }
  }, 300_000);

  it.each(names)("%s: same pages and the same lines on each page as our PDF", (name) => {
    const a = ours.get(name)!;
    const b = theirs.get(name)!;
    expect(b.length, "page count").toBe(a.length);
    for (const [i, page] of a.entries()) expect(pageLines(b[i]!), `page ${i + 1}`).toEqual(pageLines(page));
  });
});
