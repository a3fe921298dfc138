// The Decree 30 layout spec: every number of the page and of each named style, in one place.
// Plain data; each value cites its clause of Nghị định 30/2020/NĐ-CP (Phụ lục I unless said
// otherwise; docs/nd30.md explains each clause and the "practice" choices). Writers read only this.

export type Align = "left" | "center" | "right" | "justify";

export interface ParagraphStyle {
  /** Shown to the clerk in Word's style list. */
  displayName: string;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  align: Align;
  firstLineIndentMm?: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Multiple of the font's single line height (Word "single" = 1). */
  lineSpacing: number;
  keepWithNext?: boolean;
  /** Set in lines of similar length broken between phrases, never a lone last word (the
   * trích yếu, ô 5a, and the V/v line, ô 5b, as clerks break them by hand; docs/nd30.md §5). */
  balanced?: boolean;
}

export const page = {
  // I.1: A4 portrait.
  widthMm: 210,
  heightMm: 297,
  // I.3: top 20–25, bottom 20–25, left 30–35, right 15–20 mm.
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  // Practice of the government's model files: page number 10 mm from the top edge.
  headerDistanceMm: 10,
} as const;

export const textWidthMm = page.widthMm - page.marginLeftMm - page.marginRightMm;

/** I.4: Times New Roman; the PDF embeds Tinos, metric-compatible with it (docs/nd30.md §6). */
export const font = {
  docxName: "Times New Roman",
  pdfFamily: "Tinos",
} as const;

/** Column widths of the layout tables in mm, summing to the text width (practice, docs/nd30.md §5). */
export const tables = {
  // Model 1.4 "văn bản có tên loại": about 6.75 cm | 10.0 cm, scaled to our text width.
  header: [65, textWidthMm - 65],
  /** The narrowest the header's left column may become so that a long place-date line (ô 4,
   * "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2021") stays on one line (practice: the models
   * widen the right column for it; docs/nd30.md §5). */
  headerLeftMinMm: 55,
  // Signature row: Nơi nhận left, signer right (practice, docs/nd30.md §5).
  signature: [70, textWidthMm - 70],
  /** Cell padding left/right, mm. */
  cellPaddingMm: 1.9,
  /** Rules under the Tiêu ngữ, agency and trích yếu: solid, this thick. */
  ruleThicknessPt: 0.75,
  /** Gap between the text above and its rule, so the rule clears the descenders and the dot
   * below "Ị", "ạ" (practice: the models' rules stand apart from the text). */
  ruleGapPt: 2,
  /** Space above the signature row, so the Nơi nhận and the authority line stand apart from
   * the closing sentence, level with each other (ô 7a, 9b; practice: about one blank line). */
  signatureSpaceBeforePt: 12,
  /** An appendix whose table has more columns than this is set on landscape pages (I.2: a
   * landscape page for a wide table; practice: six columns no longer fit 165 mm readably). */
  portraitMaxColumns: 5,
  /** Border of data tables. */
  borderPt: 0.5,
} as const;

/**
 * Footnotes (practice: Word's and LibreOffice's defaults, which the decree leaves open;
 * docs/nd30.md §2 "Footnotes"): the
 * reference mark is a superscript of the run's size × refScale raised by refRise × the size;
 * the notes sit at the foot of the page under a separator rule this long, with this much space
 * above it.
 */
export const footnotes = {
  refScale: 0.65,
  refRise: 0.33,
  separatorPt: 144,
  separatorSpacePt: 8,
} as const;

/** Rules whose length is a fraction of the line above (ô 2, ô 5a: 1/3 to 1/2 of the line). */
export const ruleFraction = {
  agency: 0.4,
  trichYeu: 0.4,
} as const;

const body = { sizePt: 14, spaceBeforePt: 6, spaceAfterPt: 0, lineSpacing: 1 } as const;

/** Every named style (the contract between compose and the writers). */
export const styles = {
  // ô 2: parent agency, IN HOA, 12–13 pt, upright.
  CoQuanChuQuan: { displayName: "Cơ quan chủ quản", sizePt: 12, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  // ô 2: issuing agency, IN HOA, 12–13 pt, bold.
  CoQuanBanHanh: {
    displayName: "Cơ quan ban hành",
    sizePt: 12,
    bold: true,
    align: "center",
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  // ô 1: Quốc hiệu, IN HOA, 12–13 pt, bold.
  QuocHieu: { displayName: "Quốc hiệu", sizePt: 12, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  // ô 1: Tiêu ngữ, 13–14 pt, bold, single spacing.
  TieuNgu: { displayName: "Tiêu ngữ", sizePt: 13, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  // ô 3: "Số: …", 13 pt, upright.
  SoKyHieu: { displayName: "Số, ký hiệu", sizePt: 13, align: "center", spaceBeforePt: 6, spaceAfterPt: 0, lineSpacing: 1 },
  // ô 4: place and date, 13–14 pt, italic.
  DiaDanhNgay: {
    displayName: "Địa danh, ngày tháng",
    sizePt: 13,
    italic: true,
    align: "center",
    spaceBeforePt: 6,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  // ô 5a: tên loại, IN HOA, 13–14 pt, bold.
  TenLoai: {
    displayName: "Tên loại văn bản",
    sizePt: 14,
    bold: true,
    align: "center",
    spaceBeforePt: 24,
    spaceAfterPt: 0,
    lineSpacing: 1,
    keepWithNext: true,
  },
  // ô 5a: trích yếu, 13–14 pt, bold.
  TrichYeu: {
    displayName: "Trích yếu",
    sizePt: 14,
    bold: true,
    align: "center",
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: 1,
    keepWithNext: true,
    balanced: true,
  },
  // ô 9a: Kính gửi, 13–14 pt, upright.
  KinhGui: { displayName: "Kính gửi", sizePt: 14, align: "center", spaceBeforePt: 12, spaceAfterPt: 6, lineSpacing: 1 },
  // II.6.a: căn cứ lines, italic, one per line.
  CanCu: { displayName: "Căn cứ", ...body, italic: true, align: "justify", firstLineIndentMm: 10 },
  // ô 6: body, 13–14 pt, justified, first-line indent 1 cm, at least 6 pt between paragraphs.
  NoiDung: { displayName: "Nội dung", ...body, align: "justify", firstLineIndentMm: 10 },
  // II.6.b: mục "I. …", IN HOA, bold; indented like the body (practice).
  Muc: { displayName: "Mục", ...body, bold: true, align: "justify", firstLineIndentMm: 10, keepWithNext: true },
  // II.6.b: khoản with a title "1. …", bold.
  Khoan: { displayName: "Khoản", ...body, bold: true, align: "justify", firstLineIndentMm: 10, keepWithNext: true },
  // II.6.b: điểm "a) …", body style.
  Diem: { displayName: "Điểm", ...body, align: "justify", firstLineIndentMm: 10 },
  // II.6.b: dash item "- …", body style.
  GachDauDong: { displayName: "Gạch đầu dòng", ...body, align: "justify", firstLineIndentMm: 10 },
  // ô 9b: "Nơi nhận:", 12 pt, bold italic.
  NoiNhanTieuDe: {
    displayName: "Nơi nhận",
    sizePt: 12,
    bold: true,
    italic: true,
    align: "left",
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: 1,
  },
  // ô 9b and ô 12: recipient lines, Lưu, drafter code: 11 pt, upright.
  NoiNhan: { displayName: "Danh sách nơi nhận", sizePt: 11, align: "left", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  // ô 7a: authority and title, IN HOA, 13–14 pt, bold.
  ChucVu: { displayName: "Quyền hạn, chức vụ", sizePt: 14, bold: true, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  // ô 7b: signer's name, 13–14 pt, bold, with room for the signature above.
  NguoiKy: { displayName: "Họ tên người ký", sizePt: 14, bold: true, align: "center", spaceBeforePt: 72, spaceAfterPt: 0, lineSpacing: 1 },
  // II.6.b: "Phần I", bold; its title on the next line, IN HOA bold (centred: practice).
  Phan: { displayName: "Phần", ...body, spaceBeforePt: 12, bold: true, align: "center", keepWithNext: true },
  PhanTen: { displayName: "Tên phần", ...body, spaceBeforePt: 0, bold: true, align: "center", keepWithNext: true },
  // II.5.b: the V/v line of a công văn, 12–13 pt, upright, under the Số line.
  VeViec: {
    displayName: "Trích yếu công văn",
    sizePt: 12,
    align: "center",
    spaceBeforePt: 2,
    spaceAfterPt: 0,
    lineSpacing: 1,
    balanced: true,
  },
  // Practice (drafts, docs/nd30.md §2): "DỰ THẢO" at the top of page 1, bold, 14 pt, right.
  DuThao: { displayName: "Dự thảo", sizePt: 14, bold: true, align: "right", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  // Quyết định model (Phụ lục III; docs/nd30.md §2): the authority above the căn cứ, IN HOA, 14 pt, bold, centred.
  ThamQuyen: {
    displayName: "Thẩm quyền ban hành",
    sizePt: 14,
    bold: true,
    align: "center",
    spaceBeforePt: 12,
    spaceAfterPt: 6,
    lineSpacing: 1,
    keepWithNext: true,
  },
  // Quyết định model: "QUYẾT ĐỊNH:" centred, bold, between the căn cứ and the articles.
  QuyetDinh: {
    displayName: "Quyết định:",
    sizePt: 14,
    bold: true,
    align: "center",
    spaceBeforePt: 12,
    spaceAfterPt: 6,
    lineSpacing: 1,
    keepWithNext: true,
  },
  // Quyết định model: an article "Điều 1." (bold) with its text running on, body style (ô 6).
  Dieu: { displayName: "Điều", ...body, align: "justify", firstLineIndentMm: 10 },
  // Quyết định model: an article with a title, "Điều 1. Phạm vi điều chỉnh", all bold.
  DieuTen: { displayName: "Tên điều", ...body, bold: true, align: "justify", firstLineIndentMm: 10, keepWithNext: true },
  // The attached plan's "(Ban hành kèm theo Quyết định số …)", italic, centred under its trích yếu (practice).
  KemTheo: { displayName: "Ban hành kèm theo", ...body, spaceBeforePt: 0, italic: true, align: "center", keepWithNext: true },
  // Footnotes at the foot of the page (practice: smaller than the body, 10 pt, single spacing).
  ChuThich: { displayName: "Chú thích", sizePt: 10, align: "justify", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
  // Phụ lục: "Phụ lục I", 14 pt bold.
  PhuLuc: {
    displayName: "Phụ lục",
    sizePt: 14,
    bold: true,
    align: "center",
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: 1,
    keepWithNext: true,
  },
  // Phụ lục: its title, IN HOA, 13–14 pt bold.
  PhuLucTen: {
    displayName: "Tên phụ lục",
    sizePt: 14,
    bold: true,
    align: "center",
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: 1,
    keepWithNext: true,
  },
  // Phụ lục: the line under the title "(Kèm theo Kế hoạch số …)", italic (practice).
  PhuLucKemTheo: {
    displayName: "Kèm theo",
    sizePt: 14,
    italic: true,
    align: "center",
    spaceBeforePt: 0,
    spaceAfterPt: 6,
    lineSpacing: 1,
    keepWithNext: true,
  },
  // Data tables: 12 pt (practice; tables may be smaller than the body).
  BangTieuDe: { displayName: "Tiêu đề bảng", sizePt: 12, bold: true, align: "center", spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1 },
  Bang: { displayName: "Nội dung bảng", sizePt: 12, align: "left", spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1 },
  BangSo: { displayName: "Số liệu bảng", sizePt: 12, align: "right", spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1 },
  // I.7: page number, Arabic, 13–14 pt, upright, centred in the top margin.
  SoTrang: { displayName: "Số trang", sizePt: 14, align: "center", spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 },
} as const satisfies Record<string, ParagraphStyle>;

export type StyleName = keyof typeof styles;

export const styleOf = (name: StyleName): ParagraphStyle => styles[name];
