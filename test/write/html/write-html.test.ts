import { describe, expect, it } from "vitest";
import { paragraph, type DocumentTree } from "../../../src/compose/tree.js";
import { htmlPages, writeHtml } from "../../../src/write/html/write-html.js";
import { layoutDocument, writePdf } from "../../../src/write/pdf/write-pdf.js";
import { pdfPages } from "../../helpers/pdf-text.js";
import { officialTree } from "../pdf/sample-tree.js";
import { htmlPageTexts } from "./html-text.js";

const words = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("the HTML writer", () => {
  const tree = officialTree();
  const html = htmlPages(tree);

  it("draws the PDF's pages: one section per laid-out page, numbered from page 2 of each part", () => {
    const pages = layoutDocument(tree);
    const sections = [...html.matchAll(/<section class="page" data-page="(\d+)" data-part="(\d+)" data-number="(\d+)">/g)];
    expect(sections.map((m) => `${m[2]}.${m[3]}`)).toEqual(pages.map((p) => `${p.part + 1}.${p.number}`));
    expect(sections.length).toBeGreaterThan(1);
    const parts = html.split('<section class="page"').slice(1);
    parts.forEach((part, i) => {
      const number = /<g class="page-number"><text[^>]*><tspan[^>]*>(\d+)<\/tspan>/.exec(part)?.[1];
      expect(number).toBe(pages[i].number === 1 ? undefined : String(pages[i].number));
    });
  });

  it("groups every kind of block, with its style or role", () => {
    expect(html).toContain('<g class="p" data-style="TenLoai">');
    expect(html).toContain('<g class="rule"><line ');
    for (const role of ["header", "signature", "data"]) expect(html).toContain(`<g class="table" data-role="${role}">`);
  });

  it("has the PDF's text, page by page, in the PDF's order", async () => {
    const pdf = await pdfPages(await writePdf(tree));
    expect(htmlPageTexts(html).map(words)).toEqual(pdf.map(words));
  });

  it("escapes hostile text", async () => {
    const hostile: DocumentTree = {
      meta: { title: "</title><script>alert(1)</script>", date: "2022-01-27" },
      parts: [{ blocks: [paragraph("NoiDung", `<img src=x onerror="alert(1)"> & '<b>'`)] }],
    };
    const out = (await writeHtml(hostile)).toString("utf8");
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain("&lt;img");
    expect(htmlPageTexts(out).map(words)).toEqual([`<img src=x onerror="alert(1)"> & '<b>'`]);
  });
});

describe("the HTML writer's page sizes", () => {
  it("draws a landscape part on wider sheets, as the PDF does", () => {
    const tree: DocumentTree = {
      meta: { title: "Thử", date: "2022-01-27" },
      parts: [{ blocks: [paragraph("NoiDung", "Trang dọc.")] }, { blocks: [paragraph("NoiDung", "Trang ngang.")], landscape: true }],
    };
    const sheets = [
      ...htmlPages(tree).matchAll(
        /<svg class="(sheet[^"]*)"[^>]* viewBox="0 0 ([\d.]+) ([\d.]+)" width="([\d.]+)pt" height="([\d.]+)pt">/g,
      ),
    ];
    expect(sheets.map((m) => m[1])).toEqual(["sheet", "sheet landscape"]);
    expect(sheets.map((m) => [m[2], m[3]])).toEqual(sheets.map((m) => [m[4], m[5]]));
    expect(Number(sheets[1][2])).toBeCloseTo(Number(sheets[0][3]), 1);
  });
});
