import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { paragraph, type Block, type DocumentTree } from "../../../src/compose/tree.js";
import { lineHeight } from "../../../src/layout/fonts.js";
import { page, styleOf } from "../../../src/layout/nd30.js";
import { mmToPt } from "../../../src/layout/units.js";
import { readTables } from "../../../src/write/pdf/truetype.js";
import { layoutDocument, writePdf } from "../../../src/write/pdf/write-pdf.js";
import { expectGolden } from "../../helpers/golden.js";
import { pdfPageCount, pdfPages } from "../../helpers/pdf-text.js";
import { LOREM, body, dataTable, officialTree, signatureTable } from "./sample-tree.js";

const run = promisify(execFile);
const tree = (...parts: Block[][]): DocumentTree => ({
  meta: { title: "Thử", date: "2022-03-15" },
  parts: parts.map((blocks) => ({ blocks })),
});

/** Single-line body paragraphs "Dòng số 1" … and how many of them fill one page. */
const numbered = (from: number, count: number): Block[] => Array.from({ length: count }, (_, i) => body(`Dòng số ${from + i}`));
const s = styleOf("NoiDung");
const CONTENT = mmToPt(page.heightMm - page.marginTopMm - page.marginBottomMm);
const PER_PAGE = Math.floor(CONTENT / (s.spaceBeforePt + lineHeight({}, s.sizePt) * s.lineSpacing + s.spaceAfterPt));

async function pdfInfo(buffer: Buffer, tool: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "cai-cach-test-"));
  try {
    await writeFile(join(dir, "a.pdf"), buffer);
    return (await run(tool, [join(dir, "a.pdf")])).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("writePdf on an official plan", () => {
  let pdf: Buffer;
  let pages: string[];
  beforeAll(async () => {
    pdf = await writePdf(officialTree());
    pages = await pdfPages(pdf);
  });

  it("gives the Vietnamese back exactly (words whose letters came from two of Fontsource's subsets)", () => {
    const lines = pages.join("\n").split("\n");
    expect(lines).toContain("- Việt Nam, Hạnh phúc, Đồng Nai: những chữ có dấu trong một từ.");
    expect(lines).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(lines).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(lines).toContain("Chữ đậm và nghiêng trong một đoạn.");
    expect(lines).toContain("Nguyễn Văn Hạnh");
    const all = pages.join("\n");
    expect(all.normalize("NFC")).toBe(all);
  });

  it("matches the reviewed text of each page", async () => {
    expectGolden(
      new URL("./golden/official-tree.txt", import.meta.url),
      `${pages.map((p, i) => `--- page ${i + 1} ---\n${p}`).join("\n")}\n`,
    );
  });

  it("puts each Part on its own page, numbering none of the first pages", () => {
    expect(pages).toHaveLength(2);
    expect(pages[1].split("\n")[0]).toBe("Phụ lục I");
    expect(pages[0].split("\n")[0]).toBe("UBND TỈNH ĐỒNG NAI");
  });

  it("embeds each Tinos face once, as a subset with a Unicode map", async () => {
    const rows = (await pdfInfo(pdf, "pdffonts")).trim().split("\n").slice(2);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+Tinos-\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const faces = rows.map((r) => r.split(/\s+/)[0]!.slice(7)).sort();
    expect(faces).toEqual(["Tinos-Bold", "Tinos-BoldItalic", "Tinos-Italic", "Tinos-Regular"]);
  });

  it("embeds only the glyphs it draws", () => {
    // Every stream (its dictionary gives its length), inflated; the TrueType ones are the fonts.
    const text = pdf.toString("latin1");
    const fonts: Buffer[] = [];
    const streams = /\d+ 0 obj\n<<\n([\s\S]*?)>>\nstream\n/g;
    for (let m = streams.exec(text); m; m = streams.exec(text)) {
      const start = m.index + m[0].length;
      const length = Number(/\/Length (\d+)/.exec(m[1]!)![1]);
      const body = pdf.subarray(start, start + length);
      const data = m[1]!.includes("/FlateDecode") ? inflateSync(body) : body;
      if (data.length > 4 && data.readUInt32BE(0) === 0x00010000) fonts.push(data);
      streams.lastIndex = start + length;
    }
    expect(fonts).toHaveLength(4);
    const used = new Set(pages.join("").replace(/\s/g, "")).size;
    for (const font of fonts) {
      const glyphs = readTables(font).get("maxp")!.readUInt16BE(4);
      // The merged faces hold about 1,550 glyphs each; a subset, at most the characters drawn,
      // .notdef and the parts of composite glyphs.
      expect(glyphs).toBeGreaterThan(1);
      expect(glyphs).toBeLessThan(used * 2);
    }
  });

  it("fills the document information from the tree, dated at the document's date", async () => {
    const info = await pdfInfo(pdf, "pdfinfo");
    expect(info).toMatch(/^Title:\s+Kế hoạch cải cách hành chính năm 2022$/m);
    expect(info).toMatch(/^Author:\s+Sở Văn hóa, Thể thao và Du lịch$/m);
    expect(info).toMatch(/^CreationDate:.*2022/m);
    expect(info).toMatch(/^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/m);
  });

  it("is byte-identical when written twice", async () => {
    expect((await writePdf(officialTree())).equals(pdf)).toBe(true);
  });
});

describe("writePdf pagination", () => {
  it("fills pages with as many lines as the spec's page holds, numbering from page 2", async () => {
    const pdf = await writePdf(tree(numbered(1, 3 * PER_PAGE + 4)));
    expect(await pdfPageCount(pdf)).toBe(4);
    expect(layoutDocument(tree(numbered(1, 3 * PER_PAGE + 4)))).toHaveLength(4);
    const pages = await pdfPages(pdf);
    expect(pages[0].split("\n")[0]).toBe("Dòng số 1");
    expect(pages[1].split("\n").slice(0, 2)).toEqual(["2", `Dòng số ${PER_PAGE + 1}`]);
    expect(pages[3].split("\n")[0]).toBe("4");
  });

  it("moves a heading at the foot of a page to the next page with its paragraph", async () => {
    const blocks = [...numbered(1, PER_PAGE - 1), paragraph("Muc", "II. NHIỆM VỤ TRỌNG TÂM"), body(LOREM)];
    const pages = await pdfPages(await writePdf(tree(blocks)));
    expect(pages[0]).not.toContain("II. NHIỆM VỤ");
    expect(pages[0].split("\n").at(-1)).toBe(`Dòng số ${PER_PAGE - 1}`);
    expect(pages[1].split("\n").slice(0, 3)).toEqual(["2", "II. NHIỆM VỤ TRỌNG TÂM", expect.stringMatching(/^Tiếp tục đẩy mạnh/)]);
  });

  it("never splits a keep-together signature table", async () => {
    const blocks = [...numbered(1, PER_PAGE - 3), signatureTable()];
    const pages = await pdfPages(await writePdf(tree(blocks)));
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toMatch(/Nơi nhận|GIÁM ĐỐC/);
    expect(pages[1]).toContain("Nơi nhận:");
    expect(pages[1]).toContain("- Lưu: VT, VP.");
    expect(pages[1]).toContain("Nguyễn Văn Hạnh");
  });

  it("moves a keep-together table whole to the next page, though its rows would fit one by one", async () => {
    const table = { ...dataTable(6), keepTogether: true };
    const blocks = [...numbered(1, PER_PAGE - 4), table];
    const pages = await pdfPages(await writePdf(tree(blocks)));
    expect(pages[0]).not.toContain("TT Nội dung");
    expect(pages[1]).toContain("TT Nội dung Đơn vị thực hiện");
    expect(pages[1]).toContain("6 Rà soát thủ tục hành chính lĩnh vực 6 Văn phòng Sở");
    // Without keep-together the header and the first rows do fit on page 1.
    const loose = await pdfPages(await writePdf(tree([...numbered(1, PER_PAGE - 4), dataTable(6)])));
    expect(loose[0]).toContain("TT Nội dung");
    expect(loose[1].split("\n").slice(0, 2)).toEqual(["2", "TT Nội dung Đơn vị thực hiện"]);
  });

  it("restarts page numbers in each Part and hides the number on its first page", async () => {
    const pages = await pdfPages(await writePdf(tree(numbered(1, PER_PAGE + 1), numbered(1000, PER_PAGE + 1))));
    expect(pages.map((p) => p.split("\n")[0])).toEqual(["Dòng số 1", "2", "Dòng số 1000", "2"]);
  });
});
