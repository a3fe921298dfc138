// A hand-built tree resembling plan 175/KH-SVHTTDL: every block kind and every named style, two
// parts (the plan and one appendix with a data table). Shared by the DOCX writer's tests.

import { paragraph, type Cell, type DocumentTree, type Paragraph } from "../../../src/compose/tree.js";
import { styles, type StyleName } from "../../../src/layout/nd30.js";

const cell = (...blocks: Cell["blocks"]): Cell => ({ blocks });

const body = (count: number): Paragraph[] =>
  Array.from({ length: count }, (_, i) =>
    paragraph(
      "GachDauDong",
      `- Nội dung tuyên truyền thứ ${i + 1}: đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp; công khai thủ tục hành chính trên Cổng dịch vụ công quốc gia;`,
    ),
  );

/** `items` dash items in the body, `rows` extra data rows in the appendix: enough of both spill onto more pages. */
export const sampleTree = ({ items = 3, rows = 0 }: { items?: number; rows?: number } = {}): DocumentTree => ({
  meta: {
    title: "Kế hoạch 175/KH-SVHTTDL",
    subject: "Thông tin, tuyên truyền cải cách hành chính năm 2022",
    author: "Sở Văn hóa, Thể thao và Du lịch",
    date: "2022-01-27",
  },
  parts: [
    {
      blocks: [
        {
          type: "table",
          role: "header",
          rows: [
            [
              cell(
                paragraph("CoQuanChuQuan", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"),
                paragraph("CoQuanBanHanh", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
                { type: "rule", widthPt: 90 },
              ),
              cell(paragraph("QuocHieu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), paragraph("TieuNgu", "Độc lập - Tự do - Hạnh phúc"), {
                type: "rule",
                widthPt: 163.5,
              }),
            ],
            [cell(paragraph("SoKyHieu", "Số: 175/KH-SVHTTDL")), cell(paragraph("DiaDanhNgay", "Đồng Nai, ngày 27 tháng 01 năm 2022"))],
          ],
        },
        paragraph("TenLoai", "KẾ HOẠCH"),
        paragraph("TrichYeu", "Thông tin, tuyên truyền cải cách hành chính năm 2022"),
        { type: "rule", widthPt: 120 },
        paragraph("KinhGui", "Kính gửi: Ủy ban nhân dân tỉnh Đồng Nai"),
        paragraph("CanCu", "Căn cứ Kế hoạch số 16341/KH-UBND ngày 28/12/2021 của UBND tỉnh về cải cách hành chính tỉnh Đồng Nai năm 2022;"),
        paragraph(
          "NoiDung",
          "Giám đốc Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch thông tin, tuyên truyền về cải cách hành chính năm 2022 như sau:",
        ),
        paragraph("Muc", "I. MỤC TIÊU, YÊU CẦU", { keepWithNext: true }),
        paragraph("Khoan", "1. Mục tiêu"),
        {
          type: "paragraph",
          style: "Diem",
          runs: [
            { text: "a) " },
            { text: "Nâng cao", bold: true },
            { text: " nhận thức của " },
            { text: "cán bộ, công chức", italic: true },
            { text: " về cải cách hành chính;" },
          ],
        },
        ...body(items),
        paragraph(
          "NoiDung",
          "Trên đây là Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2022 của Sở Văn hóa, Thể thao và Du lịch./.",
        ),
        {
          type: "table",
          role: "signature",
          keepTogether: true,
          rows: [
            [
              cell(
                paragraph("NoiNhanTieuDe", "Nơi nhận:"),
                paragraph("NoiNhan", "- UBND tỉnh (b/c);"),
                paragraph("NoiNhan", "- Sở Nội vụ;"),
                paragraph("NoiNhan", "- Lưu: VT, TCHC."),
                paragraph("NoiNhan", "PL.(05)"),
              ),
              cell(paragraph("ChucVu", "KT. GIÁM ĐỐC"), paragraph("ChucVu", "PHÓ GIÁM ĐỐC"), paragraph("NguoiKy", "Nguyễn Văn Thành")),
            ],
          ],
        },
      ],
    },
    {
      blocks: [
        paragraph("PhuLuc", "Phụ lục I"),
        paragraph("PhuLucTen", "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN"),
        paragraph("PhuLucKemTheo", "(Kèm theo Kế hoạch số 175/KH-SVHTTDL ngày 27/01/2022)"),
        {
          type: "table",
          role: "data",
          widths: [1, 6, 3, 2],
          headerRows: 1,
          rows: [
            [
              cell(paragraph("BangTieuDe", "STT")),
              cell(paragraph("BangTieuDe", "Nhiệm vụ")),
              cell(paragraph("BangTieuDe", "Đơn vị")),
              cell(paragraph("BangTieuDe", "Số lượng")),
            ],
            [
              cell(paragraph("BangSo", "1")),
              cell(paragraph("Bang", "Tuyên truyền trên Cổng thông tin điện tử")),
              cell(paragraph("Bang", "Phòng TCHC")),
              cell(paragraph("BangSo", "12")),
            ],
            [
              cell(paragraph("BangSo", "2")),
              cell(paragraph("Bang", "Hội nghị quán triệt"), { type: "rule", widthPt: 40 }),
              cell(),
              cell(paragraph("BangSo", "02")),
            ],
            ...Array.from({ length: rows }, (_, i) => [
              cell(paragraph("BangSo", String(i + 3))),
              cell(paragraph("Bang", `Nhiệm vụ tuyên truyền số ${i + 3}`)),
              cell(paragraph("Bang", "Các phòng, đơn vị")),
              cell(paragraph("BangSo", "01")),
            ]),
          ],
        },
      ],
    },
  ],
});

/** Styles the sample uses, to check it covers the whole spec. */
export const stylesUsed = (tree: DocumentTree): Set<StyleName> => {
  const used = new Set<StyleName>();
  const visit = (blocks: readonly (Cell["blocks"][number] | DocumentTree["parts"][number]["blocks"][number])[]): void => {
    for (const block of blocks) {
      if (block.type === "paragraph") used.add(block.style);
      if (block.type === "table") for (const row of block.rows) for (const c of row) visit(c.blocks);
    }
  };
  for (const part of tree.parts) visit(part.blocks);
  return used;
};

export const allStyles = Object.keys(styles) as StyleName[];
