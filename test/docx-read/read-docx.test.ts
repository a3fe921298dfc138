// readDocx on a DOCX as Word writes it (test/docx-read/word-document.ts): Word's automatic
// numbering becomes the labels a clerk sees, styles resolve through basedOn, runs split by edits
// join, tables and page setup read; and `import` builds the plan's sections from that numbering.
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx-read/read-docx.js";
import type { DocxParagraph } from "../../src/docx-read/types.js";
import { importDocument } from "../../src/import/import-document.js";
import { wordDocument } from "./word-document.js";

const HEADER = [
  { text: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI" },
  { text: "SỞ NỘI VỤ", bold: true },
  { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true },
  { text: "Độc lập - Tự do - Hạnh phúc", bold: true },
  { text: "Số: 15/KH-SNV" },
  { text: "Đồng Nai, ngày 12 tháng 01 năm 2024", italic: true },
  { text: "KẾ HOẠCH", bold: true, center: true },
  { text: "Kiểm tra cải cách hành chính năm 2024", bold: true, center: true },
];
const BODY = [
  { text: "MỤC ĐÍCH, YÊU CẦU", level: 0, style: "Heading1" },
  { text: "Mục đích", level: 1, bold: true },
  { text: "Đánh giá kết quả cải cách hành chính của các đơn vị." },
  { text: "Yêu cầu", level: 1, bold: true },
  { text: "Kiểm tra đúng nội dung, đúng thời gian.", level: 2 },
  { text: "Không gây phiền hà cho đơn vị được kiểm tra.", level: 2 },
  { text: "NỘI DUNG KIỂM TRA", level: 0, style: "Heading1" },
  { text: "Việc ban hành kế hoạch cải cách hành chính;", level: 3 },
  { text: "Việc giải quyết thủ tục hành chính.", level: 3 },
  {
    table: [
      ["Đơn vị", "Thời gian"],
      ["Phòng Nội vụ", "Quý II"],
    ],
  },
];
const SIGNATURE = [
  { text: "Nơi nhận:", bold: true, italic: true },
  { text: "- UBND tỉnh;" },
  { text: "- Lưu: VT, CCHC." },
  { text: "GIÁM ĐỐC", bold: true },
  { text: "Trần Văn Minh", bold: true },
];

describe("readDocx on a Word document", () => {
  it("gives Word's numbering labels, restarting lower levels, and resolved styles", async () => {
    const doc = readDocx(await wordDocument([...HEADER, ...BODY, ...SIGNATURE]));
    const paragraphs = doc.blocks.filter((b): b is DocxParagraph => b.kind === "paragraph");
    const labelled = paragraphs.filter((p) => p.numbering).map((p) => `${p.numbering!.label} ${p.text}`);
    expect(labelled).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "2. Yêu cầu",
      "a) Kiểm tra đúng nội dung, đúng thời gian.",
      "b) Không gây phiền hà cho đơn vị được kiểm tra.",
      "II. NỘI DUNG KIỂM TRA",
      "- Việc ban hành kế hoạch cải cách hành chính;",
      "- Việc giải quyết thủ tục hành chính.",
    ]);
    const heading = paragraphs.find((p) => p.text === "MỤC ĐÍCH, YÊU CẦU")!;
    expect(heading.style).toMatchObject({ id: "Heading1", name: "heading 1", bold: true, sizePt: 14, font: "Times New Roman" });
    expect(heading.bold).toBe(true);
    expect(paragraphs[0]!.index).toBe(1);
    expect(doc.sections[0]!.page).toMatchObject({ widthMm: 210, heightMm: 297, margins: { topMm: 20, leftMm: 30 } });
    const table = doc.blocks.find((b) => b.kind === "table");
    expect(table).toMatchObject({
      kind: "table",
      borders: true,
      rows: [
        [{ span: 1 }, { span: 1 }],
        [{}, {}],
      ],
    });
  });

  it("is imported into sections built from that numbering, the table in its mục", async () => {
    const imported = importDocument({
      format: "docx",
      bytes: await wordDocument([...HEADER, ...BODY, ...SIGNATURE]),
      file: "kiem-tra.docx",
    });
    expect(imported.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    const plan = imported.value!.plan;
    expect(plan).toMatchObject({
      type: "KH",
      number: 15,
      code: "KH-SNV",
      issuer: { name: "SỞ NỘI VỤ", abbreviation: "SNV", parent: { name: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI" } },
      date: "2024-01-12",
      year: 2024,
      title: "Kiểm tra cải cách hành chính năm 2024",
      recipients: ["UBND tỉnh"],
      filing: { units: ["VT", "CCHC"] },
      signer: { title: "GIÁM ĐỐC", name: "Trần Văn Minh" },
    });
    expect(plan.body).toEqual([
      {
        title: "MỤC ĐÍCH, YÊU CẦU",
        sections: [
          { title: "Mục đích", text: "Đánh giá kết quả cải cách hành chính của các đơn vị." },
          {
            title: "Yêu cầu",
            sections: [{ text: "Kiểm tra đúng nội dung, đúng thời gian." }, { text: "Không gây phiền hà cho đơn vị được kiểm tra." }],
          },
        ],
      },
      {
        title: "NỘI DUNG KIỂM TRA",
        items: ["Việc ban hành kế hoạch cải cách hành chính;", "Việc giải quyết thủ tục hành chính."],
        table: { columns: ["Đơn vị", "Thời gian"], rows: [["Phòng Nội vụ", "Quý II"]] },
      },
    ]);
  });

  it("refuses what is not a DOCX with a diagnostic, not a crash", () => {
    const imported = importDocument({ format: "docx", bytes: Buffer.from("PK\u0003\u0004 not really a zip"), file: "hong.docx" });
    expect(imported.diagnostics.map((d) => d.code)).toEqual(["import/not-a-docx"]);
  });
});
