// What the decree allows, where nd30.ts holds what cai-cach chooses: the ranges of Nghị định
// 30/2020/NĐ-CP, Phụ lục I (docs/nd30.md §1–§2), each with its clause. `audit` judges a document
// made by anyone against these; a test keeps every value of nd30.ts inside its range.
import type { StyleName } from "./nd30.js";

export type Range = readonly [min: number, max: number];

export interface ComponentRule {
  /** Font size in points, inclusive. */
  sizePt: Range;
  bold?: boolean;
  italic?: boolean;
  /** Set IN HOA. */
  capitals?: boolean;
  clause: string;
  /** The component as a clerk names it, in messages. */
  name: string;
}

/** I.1–I.3: A4 portrait (landscape allowed for wide tables, I.2) and the margins in mm. */
export const pageRanges = {
  widthMm: 210,
  heightMm: 297,
  /** A page size within this of A4 is A4 (Word stores 11906 × 16838 twips, LibreOffice 11905 × 16837). */
  toleranceMm: 1,
  marginsMm: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as Record<"top" | "bottom" | "left" | "right", Range>,
  clause: "NĐ 30/2020/NĐ-CP, Phụ lục I, I.3",
} as const;

/** I.7: page numbers, Arabic, 13–14 pt, upright, centred in the top margin, none on page 1. */
export const pageNumberRule = { sizePt: [13, 14] as Range, clause: "NĐ 30/2020/NĐ-CP, Phụ lục I, I.7" } as const;

/** I.4: the font. */
export const fontRule = { names: ["Times New Roman"], clause: "NĐ 30/2020/NĐ-CP, Phụ lục I, I.4" } as const;

const P = "NĐ 30/2020/NĐ-CP, Phụ lục I";

/** Each component of Phần II as the decree sets it (docs/nd30.md §2). */
export const components = {
  parent: { name: "Tên cơ quan chủ quản", sizePt: [12, 13], bold: false, capitals: true, clause: `${P}, II.2` },
  issuer: { name: "Tên cơ quan ban hành", sizePt: [12, 13], bold: true, capitals: true, clause: `${P}, II.2` },
  quocHieu: { name: "Quốc hiệu", sizePt: [12, 13], bold: true, capitals: true, clause: `${P}, II.1` },
  tieuNgu: { name: "Tiêu ngữ", sizePt: [13, 14], bold: true, clause: `${P}, II.1` },
  so: { name: "Số, ký hiệu", sizePt: [13, 13], bold: false, clause: `${P}, II.3` },
  date: { name: "Địa danh, ngày tháng", sizePt: [13, 14], italic: true, bold: false, clause: `${P}, II.4` },
  tenLoai: { name: "Tên loại văn bản", sizePt: [13, 14], bold: true, capitals: true, clause: `${P}, II.5.a` },
  trichYeu: { name: "Trích yếu", sizePt: [13, 14], bold: true, clause: `${P}, II.5.a` },
  veViec: { name: "Trích yếu công văn (V/v)", sizePt: [12, 13], bold: false, clause: `${P}, II.5.b` },
  kinhGui: { name: "Kính gửi", sizePt: [13, 14], bold: false, clause: `${P}, II.9.a` },
  body: { name: "Nội dung", sizePt: [13, 14], clause: `${P}, II.6` },
  muc: { name: "Tiêu đề mục (I, II…)", sizePt: [13, 14], bold: true, capitals: true, clause: `${P}, II.6.b` },
  phan: { name: "Phần", sizePt: [13, 14], bold: true, clause: `${P}, II.6.b` },
  khoan: { name: "Khoản có tiêu đề (1., 2.…)", sizePt: [13, 14], bold: true, clause: `${P}, II.6.b` },
  authority: { name: "Quyền hạn, chức vụ người ký", sizePt: [13, 14], bold: true, capitals: true, clause: `${P}, II.7.a` },
  signerName: { name: "Họ tên người ký", sizePt: [13, 14], bold: true, clause: `${P}, II.7.b` },
  noiNhanHeading: { name: '"Nơi nhận:"', sizePt: [12, 12], bold: true, italic: true, clause: `${P}, II.9.b` },
  recipient: { name: "Dòng nơi nhận", sizePt: [11, 11], bold: false, italic: false, clause: `${P}, II.9.b` },
} as const satisfies Record<string, ComponentRule>;

export type ComponentName = keyof typeof components;

/** II.6: the body's paragraphs. */
export const bodyRule = {
  /** First-line indent: 1 cm or 1.27 cm. */
  firstLineIndentMm: [10, 12.7] as Range,
  /** At least 6 pt between paragraphs (before + after). */
  minGapPt: 6,
  /** Line spacing from single to 1.5 lines. */
  lineSpacing: [1, 1.5] as Range,
  clause: `${P}, II.6`,
} as const;

/** Rules under the Tiêu ngữ (as long as the line), the agency and the trích yếu (1/3 to 1/2 of the line). */
export const ruleLengths = {
  tieuNgu: { fraction: [1, 1] as Range, clause: `${P}, II.1` },
  agency: { fraction: [1 / 3, 1 / 2] as Range, clause: `${P}, II.2` },
  trichYeu: { fraction: [1 / 3, 1 / 2] as Range, clause: `${P}, II.5.a` },
} as const;

/** Which component each of cai-cach's own styles carries, for the test that keeps nd30.ts in range. */
export const STYLE_COMPONENTS: Partial<Record<StyleName, ComponentName>> = {
  CoQuanChuQuan: "parent",
  CoQuanBanHanh: "issuer",
  QuocHieu: "quocHieu",
  TieuNgu: "tieuNgu",
  SoKyHieu: "so",
  DiaDanhNgay: "date",
  TenLoai: "tenLoai",
  TrichYeu: "trichYeu",
  VeViec: "veViec",
  KinhGui: "kinhGui",
  NoiDung: "body",
  Muc: "muc",
  ChucVu: "authority",
  NguoiKy: "signerName",
  NoiNhanTieuDe: "noiNhanHeading",
  NoiNhan: "recipient",
};
