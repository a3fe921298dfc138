// Every diagnostic code cai-cach can emit, from every stage and command: stable names that
// formatters (stylish, json, github, sarif, junit), the config's severities, the exit code and the
// fixtures (test/fixtures/check/<code>/, test/fixtures/commands/<code>/) rely on. ESLint's
// `meta.messages` is the model: a code is declared once, with its severity, whether it means
// "could not run", the clause it cites and a one-line description. `Diagnostic.code` is the union
// of the codes below, so emitting an unregistered code does not compile.
//
// Why one list at the bottom of the pipeline rather than a list in each emitting module: every
// layer names codes, and a layer may only import from the layers before it
// (.dependency-cruiser.cjs); the registry in diagnostics/ is importable by all of them, and
// the entries are grouped by the module that emits them.

import { AUDIT_CODES } from "./audit-codes.js";
import type { Severity } from "./severity.js";

export interface CodeInfo {
  code: string;
  /** Default severity (cai-cach.config.yaml `rules` may change it, except for fatal codes). */
  severity: Severity;
  /** What the code means, in Vietnamese (for SARIF rule descriptions and docs). */
  description: string;
  /** The clause of the decree it comes from, when there is one. */
  clause?: string;
  /** The command could not run (unreadable input, unusable output, bad usage): exit code 2. */
  fatal?: boolean;
  /** The config may not change its severity: ignoring it would produce a broken document. */
  fixed?: boolean;
}

const ND30 = "NĐ 30/2020/NĐ-CP";

export const CODES = [
  { code: "load/file-not-found", severity: "error", fatal: true, description: "Không tìm thấy tệp." },
  { code: "load/file-unreadable", severity: "error", fatal: true, description: "Không đọc được tệp (thư mục, không có quyền đọc)." },
  { code: "load/binary-file", severity: "error", fatal: true, description: "Tệp không phải văn bản (Word, PDF, ảnh…)." },
  {
    code: "load/not-a-file",
    severity: "error",
    fatal: true,
    description: "Đầu vào không phải một tệp thường (đường ống FIFO, thiết bị như /dev/zero): không đọc.",
  },
  {
    code: "load/file-too-large",
    severity: "error",
    fatal: true,
    description: "Tệp lớn hơn giới hạn đọc (limits.fileSizeMB trong cai-cach.config.yaml).",
  },
  {
    code: "load/invalid-utf8",
    severity: "error",
    description: "Tệp không phải UTF-8; nêu tên bảng mã cũ (TCVN3, VNI) khi nhận ra.",
    clause: `${ND30}, Phụ lục I, I.4`,
  },
  { code: "load/utf16", severity: "warning", description: "Tệp lưu bằng UTF-16; nên lưu lại bằng UTF-8." },
  { code: "yaml/syntax", severity: "error", description: "Cú pháp YAML không đúng." },
  { code: "yaml/tab", severity: "error", description: "Thụt lề bằng phím Tab (YAML chỉ nhận dấu cách)." },
  { code: "yaml/duplicate-key", severity: "error", description: "Một khóa xuất hiện hai lần trong cùng một bảng." },
  { code: "yaml/alias-limit", severity: "error", description: "Dùng bí danh YAML quá nhiều lần (chống tệp gây treo máy)." },
  {
    code: "text/legacy-encoding",
    severity: "error",
    description: "Chữ gõ bằng bảng mã cũ TCVN3 (.VnTime) hoặc VNI, không phải Unicode.",
    clause: `${ND30}, Phụ lục I, I.4`,
  },
  { code: "schema/missing-field", severity: "error", description: "Thiếu trường bắt buộc." },
  {
    code: "schema/unknown-field",
    severity: "error",
    description: "Trường không có trong mẫu của tệp (kế hoạch, nhật ký, cấu hình, ghi chú báo cáo); gợi ý tên gần đúng.",
  },
  { code: "schema/wrong-type", severity: "error", description: "Giá trị sai kiểu (chữ, số, danh sách, bảng)." },
  { code: "schema/enum", severity: "error", description: "Giá trị không nằm trong danh sách cho phép (gợi ý giá trị gần đúng)." },
  { code: "schema/pattern", severity: "error", description: "Giá trị không đúng dạng (mã, ngày, ký hiệu)." },
  { code: "schema/range", severity: "error", description: "Con số ngoài khoảng cho phép." },
  { code: "schema/empty", severity: "error", description: "Chữ hoặc danh sách bị để trống." },
  { code: "schema/invalid", severity: "error", description: "Giá trị không hợp lệ theo mẫu kế hoạch." },
  { code: "rule/duplicate-id", severity: "error", description: "Hai mục, nhiệm vụ hoặc đơn vị dùng cùng một mã (id)." },
  { code: "rule/unknown-unit", severity: "error", description: "Mã đơn vị không có trong danh sách units." },
  {
    code: "rule/code-mismatch",
    severity: "error",
    description: "Ký hiệu văn bản không khớp tên loại hoặc chữ viết tắt của cơ quan ban hành.",
    clause: `${ND30}, Phụ lục I, II.3; Phụ lục III, I`,
  },
  { code: "rule/date-invalid", severity: "error", description: "Ngày không có thật (ví dụ 30/02).", clause: `${ND30}, Phụ lục I, II.4` },
  { code: "rule/date-year", severity: "error", description: "Ngày ban hành không khớp năm kế hoạch (phải trong năm đó hoặc năm trước)." },
  { code: "rule/deadline-range", severity: "error", description: "Thời hạn nằm ngoài năm kế hoạch hoặc trước ngày ban hành." },
  { code: "rule/year-mismatch", severity: "warning", description: "Trích yếu nêu một năm khác năm kế hoạch." },
  {
    code: "rule/cited-number-malformed",
    severity: "error",
    description: "Số, ký hiệu của văn bản được trích dẫn sai dạng.",
    clause: `${ND30}, Phụ lục I, II.3`,
  },
  {
    code: "rule/cited-year-missing",
    severity: "error",
    description: "Số hiệu nghị định, thông tư, luật phải có năm ban hành (…/2020/NĐ-CP).",
  },
  {
    code: "rule/cited-date-invalid",
    severity: "error",
    description: "Ngày của văn bản được trích dẫn không có thật hoặc khác năm trong số hiệu.",
  },
  { code: "rule/cited-date-after", severity: "error", description: "Văn bản được trích dẫn có ngày sau ngày ban hành kế hoạch." },
  {
    code: "rule/number-padding",
    severity: "warning",
    description: "Số văn bản nhỏ hơn 10 phải có số 0 đằng trước (05/KH-UBND).",
    clause: `${ND30}, Phụ lục I, II.3`,
  },
  {
    code: "rule/signer-authority",
    severity: "error",
    description: "Quyền hạn ký (TM., KT., TL., TUQ., Q.) và chức vụ được ký thay phải đi cùng nhau.",
    clause: `${ND30}, Phụ lục I, II.7.a`,
  },
  {
    code: "rule/signer-name",
    severity: "error",
    description: "Họ tên người ký không kèm học hàm, học vị hay danh xưng.",
    clause: `${ND30}, Phụ lục I, II.7.b`,
  },
  {
    code: "rule/signer-prefix-in-title",
    severity: "error",
    description: "Quyền hạn ký (TM., KT., TL., TUQ., Q.) gõ trong chức vụ thay vì ở prefix.",
    clause: `${ND30}, Phụ lục I, II.7.a`,
  },
  {
    code: "rule/placeholder",
    // A warning: a plan fresh from `cai-cach init` holds them on purpose, to be filled in; CI
    // with --max-warnings 0 keeps them out of an issued document.
    severity: "warning",
    description: "Còn chữ mẫu chưa thay (Họ và tên, THỦ TRƯỞNG CƠ QUAN, TÊN CƠ QUAN, …).",
    clause: `${ND30}, Phụ lục I, II.2, II.7`,
  },
  {
    code: "rule/footnote-unknown",
    severity: "error",
    description: "Chú thích [^mã] không có trong footnotes, hoặc chú thích không được trích ở đâu.",
    clause: "docs/nd30.md §2 (chú thích cuối trang)",
  },
  {
    code: "rule/number-blank",
    severity: "error",
    description: "Số văn bản để trống ngoài bản dự thảo.",
    clause: `${ND30}, Phụ lục I, II.3`,
  },
  {
    code: "rule/number-leading-zero",
    severity: "error",
    description: "Số văn bản gõ có số 0 đằng trước (049): YAML đọc thành 49.",
    clause: `${ND30}, Phụ lục I, II.3`,
  },
  {
    code: "rule/uppercase",
    severity: "error",
    description: "Phần phải viết IN HOA (tên cơ quan, chức vụ người ký, tiêu đề mục cấp I) đang viết thường.",
    clause: `${ND30}, Phụ lục I, II.2, II.6.b, II.7.a`,
  },
  { code: "rule/filing-vt", severity: "error", description: 'Dòng "Lưu:" phải có Văn thư (VT).', clause: `${ND30}, Phụ lục I, II.9.b` },
  {
    code: "rule/recipient-format",
    severity: "error",
    description: 'Nơi nhận gõ kèm "-", ";", "." hoặc dòng "Lưu:" (cai-cach tự thêm).',
    clause: `${ND30}, Phụ lục I, II.9.b`,
  },
  {
    code: "rule/typed-label",
    severity: "error",
    description: 'Gõ tay số mục, dấu gạch đầu dòng hoặc "./." mà cai-cach tự sinh.',
    clause: `${ND30}, Phụ lục I, II.6.b`,
  },
  {
    code: "rule/section-empty",
    severity: "error",
    description: "Mục không có tiêu đề, đoạn văn hay đơn vị để đặt số; mục cấp I phải có tiêu đề.",
    clause: `${ND30}, Phụ lục I, II.6.b`,
  },
  {
    code: "rule/section-depth",
    severity: "error",
    description: "Mục lồng quá ba cấp (mục I., khoản 1., điểm a)).",
    clause: `${ND30}, Phụ lục I, II.6.b`,
  },
  { code: "rule/table-shape", severity: "error", description: "Dòng của bảng (hoặc độ rộng cột) không đủ hoặc thừa ô so với số cột." },
  {
    code: "rule/tone-style",
    severity: "warning",
    description: "Văn bản trộn hai kiểu bỏ dấu (hòa/hoà, thúy/thuý); nên dùng một kiểu.",
    clause: "docs/nd30.md §6",
  },
  {
    code: "rule/lookalike-eth",
    severity: "error",
    description: "Dùng chữ Ð (U+00D0, Iceland) thay cho Đ tiếng Việt (U+0110).",
    clause: `${ND30}, Phụ lục III, I`,
  },
  {
    code: "rule/char-outside-font",
    severity: "error",
    description: "Chữ hoặc ký hiệu mà phông chữ của bản PDF (Tinos) không có (✓, chữ Hán, biểu tượng cảm xúc): sẽ mất khỏi văn bản in ra.",
    clause: `${ND30}, Phụ lục I, I.4`,
  },
  {
    code: "text/xml-illegal",
    severity: "error",
    fixed: true,
    description:
      "Ký tự mà văn bản Word (XML) không chứa được (U+FFFE, U+FFFF, ký tự điều khiển): tệp DOCX sẽ không mở được; không tắt được bằng cấu hình.",
    clause: `${ND30}, Phụ lục I, I.4`,
  },
  { code: "log/unreadable", severity: "error", fatal: true, description: "Không đọc được tệp nhật ký hoạt động." },
  { code: "log/syntax", severity: "error", description: "Tệp nhật ký sai cú pháp YAML hoặc JSON." },
  { code: "log/missing-field", severity: "error", description: "Mục nhật ký thiếu trường bắt buộc (date, items, summary)." },
  { code: "log/unknown-field", severity: "error", description: "Trường không có trong mẫu nhật ký (gợi ý tên gần đúng)." },
  { code: "log/invalid-value", severity: "error", description: "Giá trị trong nhật ký sai kiểu hoặc sai dạng." },
  { code: "log/date-invalid", severity: "error", description: "Ngày trong nhật ký không có thật (ví dụ 30/02)." },
  {
    code: "log/date-outside-year",
    severity: "error",
    description: "Ngày trong nhật ký nằm ngoài năm của kế hoạch.",
    clause: "NĐ 09/2019/NĐ-CP, Điều 12",
  },
  {
    code: "log/unknown-item",
    severity: "error",
    description: "Mã mục kế hoạch trong nhật ký không có trong kế hoạch (gợi ý mã gần đúng).",
  },
  { code: "log/unknown-unit", severity: "error", description: "Mã đơn vị trong nhật ký không có trong danh sách đơn vị của kế hoạch." },
  {
    code: "log/missing-unit",
    severity: "error",
    description: "Mục nhật ký không ghi đơn vị thực hiện, tệp cũng không có đơn vị mặc định.",
  },
  { code: "log/negative-quantity", severity: "error", description: "Số lượng trong nhật ký bị âm." },
  {
    code: "log/duplicate-entry",
    severity: "warning",
    description: "Hai mục nhật ký trùng nhau (cùng ngày, đơn vị, mục kế hoạch và nội dung).",
  },
  {
    code: "log/plan-unusable",
    severity: "error",
    description: "Kế hoạch để đối chiếu nhật ký có lỗi nên không đọc được; chưa kiểm tra được mã mục kế hoạch.",
  },
  { code: "log/no-plan", severity: "warning", description: "Không có kế hoạch của năm để đối chiếu nhật ký." },
  {
    code: "config/invalid",
    severity: "error",
    description: "cai-cach.config.yaml đặt mức cho một mã quy tắc không có (gợi ý mã gần đúng); giá trị sai khác là schema/*.",
  },
  { code: "check/no-files", severity: "error", fatal: true, description: "Không tìm thấy kế hoạch hay nhật ký nào để kiểm tra." },
  // The Project (src/project): which inputs exist.
  {
    code: "project/folder-unreadable",
    severity: "error",
    fatal: true,
    description: "Không đọc được một thư mục của kho (plans/, logs/, reports/notes/…).",
  },
  { code: "project/broken-link", severity: "error", fatal: true, description: "Một liên kết (symlink) trong kho trỏ tới tệp không có." },
  { code: "check/unknown-format", severity: "error", fatal: true, description: "Định dạng kết quả của check không hỗ trợ (--format)." },
  { code: "check/bad-max-warnings", severity: "error", fatal: true, description: "--max-warnings cần một số nguyên không âm." },
  // Templates (src/templates, src/compose): a project's own template that cannot be used.
  { code: "template/missing", severity: "error", description: "Không tìm thấy mẫu văn bản (templates/*.hbs)." },
  {
    code: "template/error",
    severity: "error",
    description: "Mẫu văn bản (templates/*.hbs) có lỗi cú pháp Handlebars hoặc dùng trường không có.",
  },
  { code: "template/markup", severity: "error", description: "Mẫu văn bản sinh ra dòng đánh dấu không hợp lệ (cấp mục, kiểu đoạn)." },
  // render (src/app/render.ts, src/project): inputs and outputs of `render`.
  { code: "render/unknown-format", severity: "error", fatal: true, description: "Định dạng xuất không hỗ trợ (--format)." },
  { code: "render/input-missing", severity: "error", fatal: true, description: "Không tìm thấy tệp kế hoạch cần xuất." },
  { code: "render/font-missing", severity: "error", fatal: true, description: "Thiếu tệp phông chữ Tinos (cài đặt hỏng)." },
  { code: "render/output-unwritable", severity: "error", fatal: true, description: "Không ghi được thư mục hoặc tệp kết quả." },
  {
    code: "render/output-escapes",
    severity: "error",
    fatal: true,
    description: "Tệp kết quả nằm ngoài thư mục kết quả (tên tệp, liên kết symlink).",
  },
  { code: "render/output-is-input", severity: "error", fatal: true, description: "Tệp kết quả trùng với một tệp đầu vào." },
  {
    code: "render/output-readonly",
    severity: "error",
    fatal: true,
    description: "Tệp kết quả đã có và chỉ được đọc, hoặc là một thư mục.",
  },
  { code: "render/output-duplicate", severity: "error", fatal: true, description: "Hai kế hoạch cùng tên tệp sẽ ghi đè lên nhau." },
  // preview (src/app/preview): the local web page.
  {
    code: "preview/outside-repository",
    severity: "error",
    fatal: true,
    description: "Tệp kế hoạch cần xem trước nằm ngoài kho; preview chỉ mở tệp trong kho.",
  },
  { code: "preview/no-plan", severity: "error", fatal: true, description: "Không có kế hoạch nào để xem trước." },
  {
    code: "preview/port-unavailable",
    severity: "error",
    fatal: true,
    description: "Không mở được cổng đã chọn trên 127.0.0.1 (đang dùng, không hợp lệ).",
  },
  // report (src/app/report.ts, src/report): periods, plans, logs, notes and outputs of `report`.
  { code: "report/unknown-format", severity: "error", fatal: true, description: "Định dạng báo cáo không hỗ trợ (--format)." },
  {
    code: "report/invalid-period",
    severity: "error",
    fatal: true,
    description: "Kỳ báo cáo không hợp lệ (--quarter, --half, --month, --from/--to, --year).",
  },
  { code: "report/no-plan", severity: "error", fatal: true, description: "Không có kế hoạch của năm báo cáo." },
  { code: "report/no-logs", severity: "warning", description: "Không có tệp nhật ký hoạt động nào; mọi số liệu bằng 0." },
  {
    code: "report/total-too-large",
    severity: "error",
    description: "Một tổng của báo cáo (kinh phí, số lượng) vượt quá con số cộng được chính xác (2^53 − 1).",
  },
  { code: "report/notes-missing", severity: "warning", description: "Chưa có tệp ghi chú đánh giá, kiến nghị của kỳ báo cáo." },
  {
    code: "report/unmatched-entry",
    severity: "warning",
    description: "Mục nhật ký trong kỳ có mã mục hoặc đơn vị không có trong kế hoạch; liệt kê riêng.",
  },
  { code: "report/output-unwritable", severity: "error", fatal: true, description: "Không ghi được thư mục hoặc tệp báo cáo." },
  {
    code: "report/output-escapes",
    severity: "error",
    fatal: true,
    description: "Tệp báo cáo nằm ngoài thư mục kết quả (liên kết symlink).",
  },
  { code: "report/output-is-input", severity: "error", fatal: true, description: "Tệp báo cáo trùng với một tệp đầu vào." },
  {
    code: "report/output-readonly",
    severity: "error",
    fatal: true,
    description: "Tệp báo cáo đã có và chỉ được đọc, hoặc là một thư mục.",
  },
  // log add / log import (src/app/log.ts, src/logs): new entries and the files they go into.
  { code: "log/add-invalid", severity: "error", description: "Giá trị của một tùy chọn của log add không hợp lệ (ngày, số lượng…)." },
  {
    code: "log/csv-unreadable",
    severity: "error",
    fatal: true,
    description: "Không đọc được tệp CSV (không phải CSV UTF-8, không có quyền đọc).",
  },
  { code: "log/csv-header", severity: "error", description: "Dòng tiêu đề của tệp CSV thiếu cột bắt buộc hoặc có cột lạ." },
  { code: "log/csv-row", severity: "error", description: "Một dòng của tệp CSV có ô không hợp lệ." },
  { code: "log/append-layout", severity: "error", description: "Tệp nhật ký không có dạng để ghi thêm mục an toàn (entries: ở cuối tệp)." },
  {
    code: "log/output-unwritable",
    severity: "error",
    fatal: true,
    description: "Không ghi được tệp nhật ký (quyền ghi, liên kết cứng, đang bị khóa).",
  },
  {
    code: "log/output-escapes",
    severity: "error",
    fatal: true,
    description: "Tệp nhật ký cần ghi là một liên kết (symlink) trỏ ra ngoài kho.",
  },
  {
    code: "log/plan-required",
    severity: "error",
    fatal: true,
    description: "log add / log import không ghi khi không có kế hoạch đọc được của năm để kiểm tra mục mới.",
  },
  // diff (src/app/diff.ts, src/diff): the git side of `diff`.
  { code: "diff/git-missing", severity: "error", fatal: true, description: "Máy không có git để lấy phiên bản cũ." },
  { code: "diff/not-a-repository", severity: "error", fatal: true, description: "Thư mục không phải kho git." },
  {
    code: "diff/outside-repository",
    severity: "error",
    fatal: true,
    description: "Tệp cần so với một phiên bản git nằm ngoài kho, nên git không có phiên bản cũ của nó.",
  },
  {
    code: "diff/unknown-revision",
    severity: "error",
    fatal: true,
    description: "Phiên bản git không có (HEAD~1, main…) hoặc tệp không có ở phiên bản đó.",
  },
  // init (src/app/init.ts, src/init): scaffolding a repository.
  { code: "init/bad-year", severity: "error", fatal: true, description: "Năm (--year) không hợp lệ." },
  {
    code: "init/bad-source-date-epoch",
    severity: "error",
    fatal: true,
    description: "Biến môi trường SOURCE_DATE_EPOCH không phải một số giây hợp lệ.",
  },
  {
    code: "init/file-exists",
    severity: "error",
    fatal: true,
    description: "init --hooks: đã có một bước kiểm tra trước khi lưu (pre-commit) khác; không thay khi không có --force.",
  },
  {
    code: "init/package-source",
    severity: "error",
    fatal: true,
    description: "Nguồn cài cai-cach (--from-tarball, --from-git) không dùng được, hoặc không đóng gói được cai-cach đang chạy.",
  },
  { code: "init/not-a-repository", severity: "error", fatal: true, description: "init --hooks cần một kho git." },
  { code: "init/unwritable", severity: "error", fatal: true, description: "Không ghi được tệp của kho mới." },
  {
    code: "init/bad-option",
    severity: "error",
    fatal: true,
    description: "Tên cơ quan, chữ viết tắt hay địa danh chứa ký tự điều khiển (xuống dòng, ESC…).",
  },
  // Logs as units use them (issue 13): lookups, fixing mistakes, measures, spreadsheets.
  {
    code: "log/entry-not-found",
    severity: "error",
    fatal: true,
    description: "log remove: không có mục nhật ký mang số đó, hoặc tệp đã đổi từ lần liệt kê trước.",
  },
  {
    code: "log/nothing-to-undo",
    severity: "error",
    fatal: true,
    description: "log undo: không có lần ghi nào (log add, log import) để hoàn tác.",
  },
  {
    code: "log/measure-mismatch",
    severity: "warning",
    description:
      'Số lượng ghi bằng đơn vị tính khác với chỉ tiêu của mục kế hoạch ("buổi" so với chỉ tiêu "lớp"): không được tính vào chỉ tiêu.',
  },
  {
    code: "log/import-columns-ignored",
    severity: "warning",
    description: "Bảng tính có cột không có trong mẫu nhập (STT, …): bỏ qua các cột đó.",
  },
  {
    code: "log/import-converted",
    severity: "warning",
    description: "Tệp CSV lưu bằng bảng mã Windows-1258 hoặc TCVN3: đã chuyển sang Unicode để nhập.",
  },
  {
    code: "log/xlsx-unreadable",
    severity: "error",
    fatal: true,
    description: "Không đọc được tệp Excel (.xlsx) để nhập, hoặc không ghi được tệp mẫu.",
  },
  {
    code: "report/period-open",
    severity: "warning",
    description: 'Kỳ báo cáo chưa kết thúc: số liệu là tạm tính, văn bản ghi rõ "tạm tính".',
    clause: "NĐ 09/2019/NĐ-CP, Điều 12",
  },
  { code: "report/notes-exists", severity: "error", fatal: true, description: "report --notes: tệp ghi chú của kỳ đã có; không ghi đè." },
  // items, status (issue 13): the plan's ids and where the year stands.
  {
    code: "items/unknown-format",
    severity: "error",
    fatal: true,
    description: "Định dạng của items hoặc status không hỗ trợ (text, json, csv).",
  },
  // new-year (src/app/new-year.ts): next year's plan in an existing repository.
  {
    code: "new-year/no-plan",
    severity: "error",
    fatal: true,
    description: "new-year: không có kế hoạch năm nào đọc được trong plans/ để chuyển sang năm sau.",
  },
  {
    code: "new-year/exists",
    severity: "error",
    fatal: true,
    description: "new-year: kế hoạch của năm mới đã có; không ghi đè khi không có --force.",
  },
  {
    code: "new-year/unwritable",
    severity: "error",
    fatal: true,
    description: "new-year: không ghi được kế hoạch hay thư mục nhật ký của năm mới.",
  },
  // import (src/app/import.ts, src/import, src/docx-read): an existing document made a plan.
  {
    code: "import/unsupported-format",
    severity: "error",
    fatal: true,
    description: "Tệp cần nhập không phải .docx, .txt hay .md.",
  },
  {
    code: "import/not-a-docx",
    severity: "error",
    fatal: true,
    description: "Tệp .docx không mở được (không phải tệp Word, hỏng, hoặc .doc đổi tên).",
  },
  {
    code: "import/output-exists",
    severity: "error",
    fatal: true,
    description: "Tệp kế hoạch cần ghi đã có; import không ghi đè khi không có --force.",
  },
  { code: "import/unwritable", severity: "error", fatal: true, description: "Không ghi được tệp kế hoạch đã nhập." },
  {
    code: "import/unmapped",
    severity: "warning",
    description: "Một đoạn hay bảng của văn bản gốc không thuộc phần nào cai-cach nhận ra nên không có trong kế hoạch.",
  },
  {
    code: "import/numbering",
    severity: "warning",
    description: "Văn bản gốc đánh số mục, khoản, điểm không liền mạch hoặc sai cấp; cai-cach đánh số lại.",
    clause: `${ND30}, Phụ lục I, II.6.b`,
  },
  { code: "import/joined-lines", severity: "warning", description: "Một đoạn bị ngắt giữa câu trong văn bản gốc đã được nối lại." },
  {
    code: "import/misspelt-label",
    severity: "warning",
    description: 'Nhãn cố định của thể thức gõ sai trong văn bản gốc (ví dụ "Noi nhậm:" cho "Nơi nhận:").',
    clause: `${ND30}, Phụ lục I, II.9.b`,
  },
  {
    code: "import/missing-part",
    severity: "warning",
    description: "Văn bản gốc thiếu một thành phần thể thức (tên cơ quan, số, ngày, người ký…); kế hoạch giữ chỗ và ghi chú # kiểm tra.",
  },
  {
    code: "import/decomposed",
    severity: "warning",
    description: "Văn bản gốc gõ bằng Unicode tổ hợp (chữ và dấu tách rời); kế hoạch được ghi bằng Unicode dựng sẵn.",
    clause: `${ND30}, Phụ lục I, I.4`,
  },
  // Command line (src/cli): what commander reports, in Vietnamese.
  {
    code: "cli/usage",
    severity: "error",
    fatal: true,
    description: "Dùng lệnh sai: tùy chọn hay lệnh không có, thiếu tham số hoặc giá trị, thừa tham số.",
  },
  // audit (issue 15): a DOCX judged against the decree.
  ...AUDIT_CODES,
  // Spreadsheets (issue 12): a cell a spreadsheet would run as a formula.
  {
    code: "log/csv-formula",
    severity: "warning",
    description: "Ô của tệp CSV bắt đầu bằng =, +, -, @, Tab hoặc CR: bảng tính có thể chạy nó như một công thức.",
  },
] as const satisfies readonly CodeInfo[];

/** A registered diagnostic code. */
export type Code = (typeof CODES)[number]["code"];

const INDEX: ReadonlyMap<string, CodeInfo> = new Map(CODES.map((c) => [c.code, c]));

/** The registry entry of a code; undefined for a string that is not a registered code. */
export function codeInfo(code: string): CodeInfo | undefined {
  return INDEX.get(code);
}

export function isCode(code: string): code is Code {
  return INDEX.has(code);
}

/** The config's rule levels do not apply to the code (fatal, or fixed: a broken document otherwise). */
export function isFixedSeverity(code: string): boolean {
  const info = INDEX.get(code);
  return info?.fatal === true || info?.fixed === true;
}

/** The code means "could not run" (exit 2), whatever the config says of its severity. */
export function isFatal(code: string): boolean {
  return INDEX.get(code)?.fatal === true;
}
