// The codes of `cai-cach audit` (issue 15): what a finished DOCX, whoever made it, breaks of
// Nghị định 30/2020/NĐ-CP, Phụ lục I. Spread into the one registry (codes.ts); kept in their own
// file because they are many and belong to one command (codes.ts checks each entry's shape).
const P = "NĐ 30/2020/NĐ-CP, Phụ lục I";

export const AUDIT_CODES = [
  {
    code: "audit/not-a-docx",
    severity: "error",
    fatal: true,
    description: "Tệp không mở được như một văn bản Word (.docx): không phải tệp Word, hỏng, hoặc .doc đổi tên.",
  },
  {
    code: "audit/page-size",
    severity: "error",
    description: "Khổ giấy không phải A4 dọc (khổ ngang chỉ cho trang có bảng).",
    clause: `${P}, I.1, I.2`,
  },
  {
    code: "audit/margin",
    severity: "error",
    description: "Lề trang ngoài khoảng cho phép (trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm).",
    clause: `${P}, I.3`,
  },
  { code: "audit/font", severity: "error", description: "Phông chữ không phải Times New Roman.", clause: `${P}, I.4` },
  {
    code: "audit/font-size",
    severity: "error",
    description: "Cỡ chữ của một thành phần thể thức ngoài khoảng Nghị định quy định.",
    clause: `${P}, Phần II`,
  },
  {
    code: "audit/bold",
    severity: "error",
    description: "Thành phần phải in đậm mà không đậm, hoặc không được đậm mà in đậm.",
    clause: `${P}, Phần II`,
  },
  {
    code: "audit/italic",
    severity: "error",
    description: "Thành phần phải in nghiêng mà không nghiêng, hoặc ngược lại.",
    clause: `${P}, Phần II`,
  },
  { code: "audit/uppercase", severity: "error", description: "Thành phần phải viết IN HOA mà không viết in hoa.", clause: `${P}, Phần II` },
  {
    code: "audit/missing-part",
    severity: "error",
    description:
      "Thiếu một thành phần thể thức (Quốc hiệu, Tiêu ngữ, tên cơ quan, số, ngày tháng, tên loại, trích yếu, người ký, nơi nhận).",
    clause: `${P}, Phần II`,
  },
  {
    code: "audit/fixed-text",
    severity: "error",
    description: 'Quốc hiệu, Tiêu ngữ hay "Nơi nhận:" viết sai chữ hoặc sai dấu (gạch nối có dấu cách, dấu hai chấm).',
    clause: `${P}, II.1`,
  },
  {
    code: "audit/rule-missing",
    severity: "error",
    description: "Thiếu đường kẻ ngang nét liền dưới Tiêu ngữ, dưới tên cơ quan ban hành hoặc dưới trích yếu.",
    clause: `${P}, II.1, II.2, II.5.a`,
  },
  {
    code: "audit/rule-length",
    severity: "error",
    description: "Đường kẻ ngang dài sai: bằng độ dài dòng Tiêu ngữ; từ 1/3 đến 1/2 độ dài dòng tên cơ quan, dòng trích yếu.",
    clause: `${P}, II.1, II.2, II.5.a`,
  },
  { code: "audit/alignment", severity: "error", description: "Đoạn nội dung không căn đều hai lề.", clause: `${P}, II.6` },
  {
    code: "audit/indent",
    severity: "error",
    description: "Lùi đầu dòng của đoạn nội dung không phải 1 cm hoặc 1,27 cm.",
    clause: `${P}, II.6`,
  },
  { code: "audit/spacing", severity: "error", description: "Khoảng cách giữa các đoạn nhỏ hơn 6 pt.", clause: `${P}, II.6` },
  {
    code: "audit/line-spacing",
    severity: "error",
    description: "Khoảng cách dòng ngoài khoảng từ dòng đơn đến 1,5 dòng.",
    clause: `${P}, II.6`,
  },
  {
    code: "audit/heading-sequence",
    severity: "error",
    description: "Số thứ tự phần, mục, khoản, điểm, điều không liền nhau (nhảy số, lặp số, chữ cái điểm sai thứ tự).",
    clause: `${P}, II.6.b`,
  },
  {
    code: "audit/signer-prefix",
    severity: "error",
    description: "Quyền hạn ký viết sai (TM., KT., TL., TUQ., Q.) hoặc thiếu chức vụ của người ký dưới dòng KT.",
    clause: `${P}, II.7.a`,
  },
  {
    code: "audit/recipient-line",
    severity: "error",
    description: 'Dòng nơi nhận không bắt đầu bằng "-" hoặc không kết thúc bằng ";".',
    clause: `${P}, II.9.b`,
  },
  {
    code: "audit/filing",
    severity: "error",
    description: 'Thiếu dòng "- Lưu: VT, …." hoặc dòng này thiếu VT, thiếu dấu chấm cuối.',
    clause: `${P}, II.9.b`,
  },
  { code: "audit/page-number-first", severity: "error", description: "Trang đầu có số trang.", clause: `${P}, I.7` },
  {
    code: "audit/page-number",
    severity: "warning",
    description: "Số trang thiếu, đặt ở chân trang, không căn giữa, hoặc cỡ chữ ngoài 13–14.",
    clause: `${P}, I.7`,
  },
  {
    code: "audit/date-padding",
    severity: "error",
    description: "Ngày dưới 10 và tháng 1, 2 phải có số 0 đằng trước; tháng từ 3 trở đi thì không.",
    clause: `${P}, II.4`,
  },
  { code: "audit/number-padding", severity: "error", description: "Số văn bản nhỏ hơn 10 phải có số 0 đằng trước.", clause: `${P}, II.3` },
  {
    code: "audit/code-type",
    severity: "error",
    description: "Ký hiệu văn bản không bắt đầu bằng chữ viết tắt của tên loại (KH cho Kế hoạch, BC cho Báo cáo…).",
    clause: `${P}, II.3; Phụ lục III, I`,
  },
  {
    code: "audit/kinh-gui",
    severity: "warning",
    description:
      'Văn bản gửi cấp trên (tờ trình, công văn) thiếu "Kính gửi:", hoặc có "Kính gửi:" mà nơi nhận không bắt đầu bằng "- Như trên;".',
    clause: `${P}, II.9.a`,
  },
  { code: "audit/ve-viec", severity: "error", description: 'Công văn thiếu trích yếu "V/v …" dưới số, ký hiệu.', clause: `${P}, II.5.b` },
] as const;
