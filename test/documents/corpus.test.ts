// Every document of the corpus checks clean, renders, and keeps its reviewed text: the DOCX as
// docx-text shows it and the PDF page by page (golden files beside each YAML; UPDATE_GOLDEN=1).
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { styles, type StyleName } from "../../src/layout/nd30.js";
import type { Block, DocumentTree } from "../../src/compose/tree.js";
import { markdownOf } from "../../src/write/markdown.js";
import { docxText } from "../helpers/docx-text.js";
import { expectGolden } from "../helpers/golden.js";
import { pdfPages } from "../helpers/pdf-text.js";
import { sampleTree } from "../write/docx/sample-tree.js";
import { buildDocument, CORPUS, type CorpusDocument, corpusNames } from "./corpus.js";

const names = corpusNames();
const docs = new Map<string, CorpusDocument>();

beforeAll(async () => {
  for (const name of names) docs.set(name, await buildDocument(name));
}, 120_000);

const stylesOf = (tree: DocumentTree): Set<StyleName> => {
  const used = new Set<StyleName>();
  const visit = (b: Block): void => {
    if (b.type === "paragraph") used.add(b.style);
    // A footnote reference: the writers set its note in ChuThich.
    if (b.type === "paragraph" && b.runs.some((r) => r.note !== undefined)) used.add("ChuThich");
    if (b.type === "table") for (const row of b.rows) for (const cell of row) for (const c of cell.blocks) visit(c);
  };
  for (const part of tree.parts) for (const b of part.blocks) visit(b);
  return used;
};

describe("the document corpus (test/fixtures/documents)", () => {
  it("holds at least the 12 documents of issue 10", () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(names)("%s", (name) => {
    it("checks clean: no diagnostic at all", () => {
      expect(docs.get(name)!.diagnostics).toEqual([]);
    });

    it("keeps its reviewed DOCX text", async () => {
      expectGolden(join(CORPUS, `${name}.docx.txt`), await docxText(docs.get(name)!.docx));
    });

    it("keeps its reviewed Markdown (footnotes as [^n] with their definitions at the end)", () => {
      expectGolden(join(CORPUS, `${name}.md`), markdownOf(docs.get(name)!.tree));
    });

    it("keeps its reviewed PDF text, page by page", async () => {
      const pages = await pdfPages(docs.get(name)!.pdf);
      expectGolden(join(CORPUS, `${name}.pdf.txt`), pages.map((p, i) => `=== page ${i + 1} ===\n${p}\n`).join(""));
    });
  });

  it("uses, with the writers' sample, every style of the spec (SoTrang is the page number)", () => {
    const used = stylesOf(sampleTree());
    for (const doc of docs.values()) for (const s of stylesOf(doc.tree)) used.add(s);
    expect(Object.keys(styles).filter((s) => !used.has(s as StyleName))).toEqual(["SoTrang"]);
  });
});
