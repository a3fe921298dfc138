// The DOCX as LibreOffice opens it (issue 3: "opens in Word and LibreOffice without repair"):
// the conversion succeeds, the Vietnamese text comes back unchanged, and the page numbers
// follow I.7 and III.1.đ — none on the first page of a part, restarting at 1 in each part.

import { beforeAll, describe, expect, it } from "vitest";
import { writeDocx } from "../../../src/write/docx/write-docx.js";
import { writePdf } from "../../../src/write/pdf/write-pdf.js";
import { pdfPages } from "../../helpers/pdf-text.js";
import { docxToPdfs, hasSoffice, sofficeSkipReason } from "./soffice.js";
import { sampleTree } from "./sample-tree.js";

if (!hasSoffice) console.warn(sofficeSkipReason);

/** The first line of a page: its page number when the header shows one. */
const firstLine = (page: string): string => page.split("\n")[0]!.trim();

describe.skipIf(!hasSoffice)("LibreOffice conversion", () => {
  // Both samples converted by one LibreOffice start-up; the long one serves two tests.
  const long = () => sampleTree({ items: 30, rows: 60 });
  let shortPages: string[];
  let longPages: string[];
  beforeAll(async () => {
    const [short, longPdf] = await docxToPdfs([await writeDocx(sampleTree()), await writeDocx(long())]);
    shortPages = await pdfPages(short!);
    longPages = await pdfPages(longPdf!);
  });

  it("converts a one-page-per-part sample with the Vietnamese text unchanged (NFC)", () => {
    const pages = shortPages;
    expect(pages).toHaveLength(2);
    const all = pages.join("\n");
    for (const line of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Đồng Nai, ngày 27 tháng 01 năm 2022",
      "Thông tin, tuyên truyền cải cách hành chính năm 2022",
      "Nguyễn Văn Thành",
      "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN",
    ]) {
      expect(all).toContain(line.normalize("NFC"));
    }
    expect(all.normalize("NFC")).toBe(all);
    // Neither page is a first page with a number.
    for (const page of pages) expect(firstLine(page)).not.toMatch(/^\d+$/);
  });

  it("numbers pages from the second page of each part, restarting in the appendix", () => {
    const pages = longPages;
    const appendix = pages.findIndex((p) => p.includes("Phụ lục I"));
    expect(appendix).toBeGreaterThanOrEqual(2);
    expect(pages.length - appendix).toBeGreaterThanOrEqual(2);
    const numbers = pages.map(firstLine);
    expect(numbers[0]).not.toMatch(/^\d+$/);
    expect(numbers.slice(1, appendix)).toEqual(Array.from({ length: appendix - 1 }, (_, i) => String(i + 2)));
    expect(numbers[appendix]).not.toMatch(/^\d+$/);
    expect(numbers.slice(appendix + 1)).toEqual(Array.from({ length: pages.length - appendix - 1 }, (_, i) => String(i + 2)));
    // The data table's header row is repeated on the appendix's second page.
    expect(pages[appendix + 1]).toContain("Số lượng");
  });

  it("breaks pages where the PDF writer does (same page count, same page numbers and part starts)", async () => {
    const fromDocx = longPages;
    const fromPdf = await pdfPages(await writePdf(long()));
    expect(fromDocx.length).toBe(fromPdf.length);
    expect(fromDocx.map(firstLine)).toEqual(fromPdf.map(firstLine));
  });
});
