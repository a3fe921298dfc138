// Maps the yaml library's parse errors to our diagnostics, in Vietnamese, keeping the library's
// position. Tabs, duplicate keys and aliases get their own codes (a clerk fixes each differently).

import type { YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

type Pos = (offset: number) => { line: number; column: number };

const MESSAGES: Record<string, [string, string]> = {
  BAD_INDENT: ["Thụt lề không đúng.", "Các khóa cùng cấp phải thẳng cột; mỗi cấp con thụt vào 2 dấu cách."],
  MISSING_CHAR: ["Thiếu một ký tự đóng (như ] } \" hoặc ').", "Kiểm tra ngoặc và dấu nháy quanh vị trí này."],
  BAD_DQ_ESCAPE: ["Ký tự thoát (\\) không hợp lệ trong chuỗi trong nháy kép.", "Dùng nháy đơn '…' hoặc viết \\\\ cho dấu gạch chéo ngược."],
  BLOCK_AS_IMPLICIT_KEY: ["Một khối được dùng làm khóa.", "Có thể thiếu dấu hai chấm hoặc thừa thụt lề ở dòng trên."],
  MULTILINE_IMPLICIT_KEY: [
    "Khóa kéo dài nhiều dòng.",
    'Có thể thiếu dấu ":" sau khóa, hoặc một dòng chữ dài bị xuống dòng: đặt nó trong dấu nháy.',
  ],
  UNEXPECTED_TOKEN: ["Ký tự không đúng chỗ.", 'Nếu dòng chữ có dấu ":" hoặc "#", đặt cả dòng trong dấu nháy kép.'],
  MULTIPLE_DOCS: ['Tệp chứa nhiều tài liệu YAML (có dòng "---").', 'Mỗi tệp chỉ chứa một kế hoạch; bỏ dòng "---" thừa.'],
  BAD_ALIAS: ["Bí danh (*tên) không hợp lệ.", "Kiểm tra tên sau dấu *; nếu là chữ thường, đặt dòng trong dấu nháy."],
  BAD_SCALAR_START: ["Giá trị không được bắt đầu bằng ký tự này.", "Đặt giá trị trong dấu nháy kép."],
};

export function yamlErrorDiagnostic(err: YAMLError, file: string, pos: Pos, text: string): Diagnostic {
  const [start, end] = err.pos;
  const at = pos(start);
  const to = pos(Math.max(end, start + 1));
  const where = { file, line: at.line, column: at.column, endLine: to.line, endColumn: to.column };
  if (err.code === "TAB_AS_INDENT" || (text[start] === "\t" && err.code !== "DUPLICATE_KEY")) {
    return {
      code: "yaml/tab",
      severity: "error",
      ...where,
      message: "Dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách.",
      hint: "Thay mỗi Tab bằng dấu cách (2 dấu cách cho mỗi cấp).",
    };
  }
  if (err.code === "DUPLICATE_KEY") {
    // err.pos covers only the key's first character: read the whole key from the source line.
    const lineEnd = text.indexOf("\n", start);
    const rest = text.slice(start, lineEnd === -1 ? undefined : lineEnd);
    const m = /^(?:"([^"]*)"|'([^']*)'|(.*?))\s*:(?:\s|$)/u.exec(rest);
    const key = (m ? (m[1] ?? m[2] ?? m[3] ?? "") : text.slice(start, end)).trim();
    const keyEnd = m ? pos(start + m[0].replace(/\s*:\s*$/u, "").length) : to;
    return {
      code: "yaml/duplicate-key",
      severity: "error",
      ...where,
      endLine: keyEnd.line,
      endColumn: keyEnd.column,
      message: `Khóa "${key}" xuất hiện hai lần trong cùng một bảng.`,
      hint: "Gộp hai phần lại hoặc xóa khóa thừa; YAML chỉ giữ một giá trị cho mỗi khóa.",
    };
  }
  if (/^Flow (sequence|mapping)/.test(err.message)) {
    return {
      code: "yaml/syntax",
      severity: "error",
      ...where,
      message: "Thiếu dấu đóng ngoặc ] hoặc } của một danh sách hay bảng viết trên một dòng.",
      hint: "Tìm dấu [ hoặc { ở các dòng phía trên và thêm dấu đóng tương ứng; nếu đó là chữ, đặt cả dòng trong dấu nháy kép.",
    };
  }
  const [message, hint] = MESSAGES[err.code] ?? [
    "Cú pháp YAML không đúng.",
    "Kiểm tra thụt lề, dấu hai chấm và dấu nháy quanh vị trí này.",
  ];
  return { code: "yaml/syntax", severity: "error", ...where, message, hint };
}
