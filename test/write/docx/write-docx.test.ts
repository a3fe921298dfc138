// The document part: styles referenced by id, page setup, sections and page numbers, tables,
// rules, determinism. Read back through test/helpers/docx-text.ts and, where the text view
// cannot show it, through the XML itself.

import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { keepRulesWithLines } from "../../../src/compose/keep-rules-with-lines.js";
import type { DocumentTree } from "../../../src/compose/tree.js";
import { writeDocx } from "../../../src/write/docx/write-docx.js";
import { child, childrenNamed, descendants, docxText, readPart, type XmlNode } from "../../helpers/docx-text.js";
import { expectGolden } from "../../helpers/golden.js";
import { allStyles, sampleTree, stylesUsed } from "./sample-tree.js";

const GOLDEN = new URL("./sample.golden.txt", import.meta.url);

let buffer: Buffer;
let text: string;
let body: XmlNode;
let zip: JSZip;
const tables = (): XmlNode[] => childrenNamed(body, "w:tbl");
const sides = ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"];

beforeAll(async () => {
  buffer = await writeDocx(sampleTree());
  text = await docxText(buffer);
  zip = await JSZip.loadAsync(buffer);
  body = child(child(await readPart(zip, "word/document.xml"), "w:document"), "w:body")!;
});

it("the sample covers every style of the plan's first models (the others: test/documents/corpus.test.ts)", () => {
  const used = stylesUsed(sampleTree());
  // Phần, Quyết định, công văn, draft and footnote styles are used by the document corpus, and
  // the corpus test checks that the corpus and this sample together use every style.
  const corpusOnly = ["Phan", "PhanTen", "VeViec", "DuThao", "ThamQuyen", "QuyetDinh", "Dieu", "DieuTen", "KemTheo", "ChuThich"];
  expect(allStyles.filter((s) => !used.has(s) && !corpusOnly.includes(s))).toEqual(["SoTrang"]);
});

it("writes the hyphens of document numbers and codes as non-breaking ones, other hyphens as they are", async () => {
  const xml = (await zip.file("word/document.xml")!.async("string")).replace(/<w:t[^>]*>/g, "").replace(/<\/w:t>/g, "");
  // "Số: 175/KH-SVHTTDL" (ô 3): Word and LibreOffice never split it at the hyphen.
  expect(xml).toContain("Số: 175/KH<w:noBreakHyphen/>SVHTTDL");
  // A hyphen outside a word with a slash stays a plain one ("Độc lập - Tự do - Hạnh phúc").
  expect(xml).toContain("Độc lập - Tự do - Hạnh phúc");
});

it("matches the reviewed golden text (UPDATE_GOLDEN=1 rewrites it)", () => {
  expectGolden(GOLDEN, text);
});

it("gives every paragraph a spec style by id and keeps the Vietnamese text in NFC", () => {
  for (const style of stylesUsed(sampleTree())) expect(text).toContain(`[${style}] `);
  expect(text).toContain("[QuocHieu] CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
  expect(text).toContain("[DiaDanhNgay] Đồng Nai, ngày 27 tháng 01 năm 2022\n");
  expect(text.normalize("NFC")).toBe(text);
});

it("writes direct formatting only for runs marked bold or italic", () => {
  expect(text).toContain("[Diem] a) **Nâng cao** nhận thức của _cán bộ, công chức_ về cải cách hành chính;\n");
  const direct = descendants(body, "w:rPr").filter((r) => descendants(r, "w:sz").length === 0);
  expect(direct.length).toBeGreaterThan(0);
  for (const rPr of direct) for (const prop of rPr.children) expect(["w:b", "w:bCs", "w:i", "w:iCs"]).toContain((prop as XmlNode).name);
});

describe("page setup", () => {
  it("is A4 with the decree's margins and header distance in every part", () => {
    for (const n of [1, 2]) {
      expect(text).toContain(`section ${n}: page 210 x 297 mm, margins top 20 right 15 bottom 20 left 30 mm, header 10 mm\n`);
      expect(text).toContain(`section ${n}: page numbers restart at 1, first page different\n`);
      expect(text).toContain(`section ${n} header default: [SoTrang] {PAGE}\n`);
      expect(text).toContain(`section ${n} header first: [SoTrang]\n`);
    }
  });

  it("starts each part on a new page with its own section", () => {
    const sectPrs = descendants(body, "w:sectPr");
    expect(sectPrs).toHaveLength(2);
    for (const s of sectPrs) {
      expect(child(s, "w:type")?.attrs["w:val"]).toBe("nextPage");
      expect(child(s, "w:titlePg")).toBeDefined();
      expect(child(s, "w:pgNumType")?.attrs["w:start"]).toBe("1");
    }
  });
});

it("closes a part that ends with a table with a hairline paragraph, so no blank page can follow the signature", () => {
  const blocks = body.children.filter((c): c is XmlNode => typeof c !== "string");
  const carrier = blocks.find((b) => b.name === "w:p" && child(child(b, "w:pPr"), "w:sectPr") !== undefined)!;
  expect(blocks[blocks.indexOf(carrier) - 1]?.name).toBe("w:tbl");
  const spacing = child(child(carrier, "w:pPr"), "w:spacing")!.attrs;
  expect(spacing["w:lineRule"]).toBe("exact");
  expect(Number(spacing["w:line"])).toBeLessThanOrEqual(20);
  // The last part ends with the data table: it too is closed by a hairline paragraph.
  const last = blocks[blocks.length - 2]!;
  expect(child(child(last, "w:pPr"), "w:spacing")?.attrs["w:lineRule"]).toBe("exact");
});

describe("tables", () => {
  it("lays out the header and the signature row without any border, at fixed widths", () => {
    const [header, , signature] = [tables()[0]!, undefined, tables()[1]!];
    for (const t of [header, signature]) {
      const tblPr = child(t, "w:tblPr");
      expect(child(tblPr, "w:tblLayout")?.attrs["w:type"]).toBe("fixed");
      const borders = child(tblPr, "w:tblBorders");
      for (const side of sides) expect(child(borders, side)?.attrs["w:val"]).toBe("none");
      // No cell brings a border of its own back.
      expect(descendants(t, "w:tcBorders")).toHaveLength(0);
    }
    expect(text).toContain("| table: borders none, layout fixed, columns 65 | 100 mm\n");
    expect(text).toContain("| table: borders none, layout fixed, columns 70 | 95 mm\n");
  });

  it("keeps the signature row on one page: the row cannot split and its paragraphs keep with the next", () => {
    const signature = tables()[1]!;
    for (const tr of childrenNamed(signature, "w:tr")) expect(child(child(tr, "w:trPr"), "w:cantSplit")).toBeDefined();
    const paragraphs = descendants(signature, "w:p");
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) expect(child(child(p, "w:pPr"), "w:keepNext")).toBeDefined();
  });

  it("gives data tables thin single borders, the full text width, repeated header rows and unsplit rows", () => {
    const data = tables()[2]!;
    const borders = child(child(data, "w:tblPr"), "w:tblBorders");
    for (const side of sides) {
      expect(child(borders, side)?.attrs["w:val"]).toBe("single");
      expect(child(borders, side)?.attrs["w:sz"]).toBe("4");
    }
    const grid = childrenNamed(child(data, "w:tblGrid"), "w:gridCol").map((g) => Number(g.attrs["w:w"]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 1701 - 850);
    expect(grid[1]! / grid[0]!).toBeCloseTo(6, 1);
    const rows = childrenNamed(data, "w:tr");
    expect(child(child(rows[0], "w:trPr"), "w:tblHeader")).toBeDefined();
    expect(child(child(rows[1], "w:trPr"), "w:tblHeader")).toBeUndefined();
    for (const tr of rows) expect(child(child(tr, "w:trPr"), "w:cantSplit")).toBeDefined();
  });
});

describe("rules", () => {
  it("are drawn exactly as long as asked, centred in their container", () => {
    expect(text).toMatch(/\[CoQuanBanHanh\] .*\n\[rule\] 90 pt\n/);
    expect(text).toMatch(/\[TieuNgu\] .*\n\[rule\] 163.5 pt\n/);
    expect(text).toMatch(/\[TrichYeu\] .*\n\[rule\] 120 pt\n/);
    expect(text).toMatch(/\[Bang\] Hội nghị quán triệt\n\[rule\] 40 pt\n/);
    const rules = descendants(body, "w:pBdr").map((b) => descendants(body, "w:p").find((p) => child(p, "w:pPr")?.children.includes(b))!);
    for (const p of rules) {
      const ind = child(child(p, "w:pPr"), "w:ind")!.attrs;
      expect(Math.abs(Number(ind["w:left"]) - Number(ind["w:right"]))).toBeLessThanOrEqual(1);
      expect(descendants(p, "w:t")).toHaveLength(0);
    }
  });

  it("keep with the line above them as compose marks them, passing on that line's keep-with-next", async () => {
    const tree: DocumentTree = {
      meta: sampleTree().meta,
      parts: [
        {
          blocks: keepRulesWithLines([
            { type: "paragraph", style: "NoiDung", runs: [{ text: "Dòng" }] },
            { type: "rule", widthPt: 50 },
            { type: "paragraph", style: "TrichYeu", runs: [{ text: "Trích yếu" }] },
            { type: "rule", widthPt: 60 },
            { type: "paragraph", style: "NoiDung", runs: [{ text: "Thân" }] },
          ]),
        },
      ],
    };
    const zipped = await JSZip.loadAsync(await writeDocx(tree));
    const doc = child(child(await readPart(zipped, "word/document.xml"), "w:document"), "w:body")!;
    const keeps = childrenNamed(doc, "w:p").map((p) => child(child(p, "w:pPr"), "w:keepNext") !== undefined);
    expect(keeps).toEqual([true, false, true, true, false]);
  });

  it("never run past their container", async () => {
    const wide: DocumentTree = { meta: sampleTree().meta, parts: [{ blocks: [{ type: "rule", widthPt: 10_000 }] }] };
    // 9355 twips of text width = 467.75 pt, shown rounded to 0.1.
    expect(await docxText(await writeDocx(wide))).toContain("[rule] 467.8 pt\n");
  });
});

describe("determinism and metadata", () => {
  it("gives byte-identical files for the same tree", async () => {
    const again = await writeDocx(sampleTree());
    expect(again.equals(buffer)).toBe(true);
  });

  it("dates every zip entry and the core properties with the document's date, not the clock", async () => {
    for (const file of Object.values(zip.files)) {
      const d = file.date;
      expect([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours()]).toEqual([2022, 1, 27, 0]);
    }
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-01-27T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2022-01-27T00:00:00Z</dcterms:modified>');
    expect(core).toContain("<dc:title>Kế hoạch 175/KH-SVHTTDL</dc:title>");
    expect(core).toContain("<dc:subject>Thông tin, tuyên truyền cải cách hành chính năm 2022</dc:subject>");
    expect(core).toContain("<dc:creator>Sở Văn hóa, Thể thao và Du lịch</dc:creator>");
  });

  it("escapes markup characters in the metadata", async () => {
    const tree: DocumentTree = { ...sampleTree(), meta: { title: "A & B <C>", date: "2022-01-27" } };
    const core = await (await JSZip.loadAsync(await writeDocx(tree))).file("docProps/core.xml")!.async("string");
    expect(core).toContain("<dc:title>A &amp; B &lt;C&gt;</dc:title>");
  });
});
