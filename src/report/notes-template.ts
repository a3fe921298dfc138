// `report --notes`: the notes file of a period (reports/notes/<key>.yaml) written ready to fill,
// one commented key per section of the Báo cáo, with the plan's items behind schedule and those
// with no activity listed as prompts, so the clerk writes the assessment and the causes next to
// the facts. Lists start empty ([]): the report shows a visible placeholder until they are filled.
import type { ReportData } from "./report-model.js";
import { short } from "./periods.js";
import { behindSchedule } from "./status.js";

const quote = (s: string): string => s.replace(/\r?\n/g, " ");

export function notesTemplate(r: ReportData, command: string): string {
  const p = r.period;
  const behind = behindSchedule(r, p.to);
  const lines = [
    `# Ghi chú báo cáo ${p.label}: những điều nhật ký không nói được.`,
    `# Tạo bởi: ${command}. Dòng bắt đầu bằng # là hướng dẫn, không in ra báo cáo.`,
    '# Mỗi mục là một danh sách: mỗi ý một dòng bắt đầu bằng "  - ". Ngày viết 18/3/2022 hoặc 2022-03-18.',
    "",
    "# Số của báo cáo (45 trong 45/BC-…); để trống thì văn thư ghi số khi đăng ký.",
    "# number: 45",
    `# Ngày ký; để trống: hạn gửi ${p.deadline ? short(p.deadline) : short(p.to)}.`,
    `# date: ${short(p.deadline ?? p.to)}`,
    "",
    "# I.1. Công tác chỉ đạo, triển khai: các văn bản đã ban hành trong kỳ, ví dụ",
    "#   - Kế hoạch số 12/KH-… ngày 10/01/… về …",
    "directing: []",
    "",
    "# I. Kết quả khác, ngoài số liệu của nhật ký:",
    "results: []",
    "",
    "# II.1. Ưu điểm:",
    "strengths: []",
    "",
    "# II.2. Tồn tại, hạn chế. cai-cach tự ghi các nội dung chưa có hoạt động trong kỳ:",
    ...(r.gaps.length ? r.gaps.map((g) => `#   - ${quote(g.label)} (${g.id})`) : ["#   (không có)"]),
    "# Các nội dung chậm tiến độ, cần nêu tồn tại và nguyên nhân:",
    ...(behind.length ? behind.map((b) => `#   - ${quote(b.label)} (${b.id}): ${b.why}`) : ["#   (không có)"]),
    "# Thêm tồn tại, hạn chế khác:",
    "shortcomings: []",
    "# Bỏ một nội dung khỏi danh sách tự ghi ở trên khi đã giải trình (ví dụ việc một lần đã xong):",
    "# dismiss: [ma-muc]",
    "",
    "# II.2. Nguyên nhân của tồn tại, hạn chế:",
    "causes: []",
    "",
    `# III. Nhiệm vụ ${r.nextPeriod.label} (thêm vào danh sách cai-cach tự lập từ kế hoạch):`,
    "tasks: []",
    "",
    '# IV. Kiến nghị, đề xuất; để trống: "Không có."',
    "requests: []",
    "",
    "# Người ký, khi khác người ký kế hoạch:",
    "# signer: { prefix: KT., authority: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: … }",
  ];
  return `${lines.join("\n")}\n`;
}
