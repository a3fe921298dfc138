// Hand-built trees for the PDF writer's tests: a Vietnamese official plan with every block kind.

import { paragraph, type Block, type DocumentTree, type Paragraph, type Rule, type Table } from "../../../src/compose/tree.js";
import { measureText } from "../../../src/layout/fonts.js";
import { ruleFraction, styleOf, type StyleName } from "../../../src/layout/nd30.js";

/** A rule as long as a line of text (compose does the same from the font's metrics). */
export function ruleUnder(style: StyleName, text: string, fraction = 1): Rule {
  const s = styleOf(style);
  return { type: "rule", widthPt: measureText(text, { bold: s.bold, italic: s.italic }, s.sizePt) * fraction };
}

export const headerTable = (): Table => ({
  type: "table",
  role: "header",
  keepTogether: true,
  rows: [
    [
      {
        blocks: [
          paragraph("CoQuanChuQuan", "UBND TỈNH ĐỒNG NAI"),
          paragraph("CoQuanBanHanh", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
          ruleUnder("CoQuanBanHanh", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ruleFraction.agency),
        ],
      },
      {
        blocks: [
          paragraph("QuocHieu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          paragraph("TieuNgu", "Độc lập - Tự do - Hạnh phúc"),
          ruleUnder("TieuNgu", "Độc lập - Tự do - Hạnh phúc"),
        ],
      },
    ],
    [
      { blocks: [paragraph("SoKyHieu", "Số: 175/KH-SVHTTDL")] },
      { blocks: [paragraph("DiaDanhNgay", "Đồng Nai, ngày 15 tháng 3 năm 2022")] },
    ],
  ],
});

export const signatureTable = (): Table => ({
  type: "table",
  role: "signature",
  keepTogether: true,
  rows: [
    [
      {
        blocks: [
          { type: "paragraph", style: "NoiNhanTieuDe", runs: [{ text: "Nơi nhận:" }] },
          paragraph("NoiNhan", "- UBND tỉnh (b/c);"),
          paragraph("NoiNhan", "- Sở Nội vụ;"),
          paragraph("NoiNhan", "- Các phòng, đơn vị thuộc Sở;"),
          paragraph("NoiNhan", "- Lưu: VT, VP."),
        ],
      },
      {
        blocks: [paragraph("ChucVu", "KT. GIÁM ĐỐC"), paragraph("ChucVu", "PHÓ GIÁM ĐỐC"), paragraph("NguoiKy", "Nguyễn Văn Hạnh")],
      },
    ],
  ],
});

export const body = (text: string): Paragraph => paragraph("NoiDung", text);

export const LOREM =
  "Tiếp tục đẩy mạnh cải cách hành chính, trọng tâm là cải cách thủ tục hành chính, hiện đại hóa nền hành chính, " +
  "nâng cao chất lượng phục vụ người dân và doanh nghiệp; tăng cường kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức.";

export const dataTable = (rows = 3): Table => ({
  type: "table",
  role: "data",
  widths: [1, 6, 3],
  headerRows: 1,
  rows: [
    ["TT", "Nội dung", "Đơn vị thực hiện"].map((t) => ({ blocks: [paragraph("BangTieuDe", t)] })),
    ...Array.from({ length: rows }, (_, i) => [
      { blocks: [paragraph("BangSo", String(i + 1))] },
      { blocks: [paragraph("Bang", `Rà soát thủ tục hành chính lĩnh vực ${i + 1}`)] },
      { blocks: [paragraph("Bang", "Văn phòng Sở")] },
    ]),
  ],
});

/** The front of an official plan: header, tên loại, trích yếu and its rule, opening. */
export function officialFront(): Block[] {
  return [
    headerTable(),
    paragraph("TenLoai", "KẾ HOẠCH"),
    paragraph("TrichYeu", "Cải cách hành chính năm 2022"),
    ruleUnder("TrichYeu", "Cải cách hành chính năm 2022", ruleFraction.trichYeu),
    {
      type: "paragraph",
      style: "CanCu",
      runs: [
        {
          text: "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        },
      ],
    },
    body("Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch cải cách hành chính năm 2022 như sau:"),
  ];
}

export function officialTree(): DocumentTree {
  return {
    meta: {
      title: "Kế hoạch cải cách hành chính năm 2022",
      subject: "Kế hoạch",
      author: "Sở Văn hóa, Thể thao và Du lịch",
      date: "2022-03-15",
    },
    parts: [
      {
        blocks: [
          ...officialFront(),
          paragraph("Muc", "I. MỤC ĐÍCH, YÊU CẦU"),
          paragraph("Khoan", "1. Mục đích"),
          body(LOREM),
          paragraph("Diem", "a) Nâng cao hiệu quả hoạt động của bộ máy hành chính nhà nước."),
          paragraph("GachDauDong", "- Việt Nam, Hạnh phúc, Đồng Nai: những chữ có dấu trong một từ."),
          {
            type: "paragraph",
            style: "NoiDung",
            runs: [
              { text: "Chữ " },
              { text: "đậm", bold: true },
              { text: " và " },
              { text: "nghiêng", italic: true },
              { text: " trong một đoạn." },
            ],
          },
          dataTable(),
          body("Kế hoạch này được phổ biến đến toàn thể cán bộ, công chức, viên chức./."),
          signatureTable(),
        ],
      },
      {
        blocks: [
          paragraph("PhuLuc", "Phụ lục I"),
          paragraph("PhuLucTen", "DANH MỤC NHIỆM VỤ"),
          paragraph("PhuLucKemTheo", "(Kèm theo Kế hoạch số 175/KH-SVHTTDL ngày 15 tháng 3 năm 2022)"),
          dataTable(5),
        ],
      },
    ],
  };
}
