// What Handlebars says when a template is wrong, in Vietnamese, with the line (and column when
// Handlebars knows it) inside the template file. Its messages are English and come in two
// shapes: the parser's ("Parse error on line 3: … Expecting 'ID', got 'EOF'") and the compiler's
// or the strict runtime's ("if doesn't match each - 2:3", '"ten" not defined in [object] - 4:2').

export interface TemplateProblem {
  message: string;
  line?: number;
  column?: number;
}

/** The parser's token names, as a clerk reads them. */
const TOKENS: ReadonlyMap<string, string> = new Map([
  ["EOF", "hết tệp"],
  ["CLOSE", '"}}"'],
  ["CLOSE_UNESCAPED", '"}}}"'],
  ["OPEN", '"{{"'],
  ["OPEN_BLOCK", '"{{#"'],
  ["OPEN_ENDBLOCK", '"{{/"'],
  ["OPEN_INVERSE", '"{{^"'],
  ["OPEN_PARTIAL", '"{{>"'],
  ["INVALID", "một ký tự không hợp lệ"],
  ["EQUALS", '"="'],
  ["ID", "một tên"],
]);

function parseError(message: string): TemplateProblem | undefined {
  const m = /^Parse error on line (\d+):[\s\S]*?got '([A-Z_]+)'/.exec(message);
  if (!m) return undefined;
  const [, line, got = ""] = m;
  const expectsEnd = /'OPEN_ENDBLOCK'/.test(message);
  const text =
    got === "EOF" && expectsEnd
      ? "mẫu hết mà một khối {{#…}} chưa được đóng (thiếu {{/if}}, {{/each}}…)"
      : got === "EOF"
        ? "mẫu hết giữa chừng một thẻ {{…}}"
        : got === "INVALID"
          ? "có ký tự không hợp lệ bên trong một thẻ {{…}}"
          : `gặp ${TOKENS.get(got) ?? got} ở chỗ không được phép (thẻ {{…}} thiếu tên, thừa hoặc thiếu dấu ngoặc nhọn)`;
  return { message: `Mẫu văn bản sai cú pháp Handlebars: ${text}.`, line: Number(line) };
}

const RUNTIME: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\S+) doesn't match (\S+)/, (m) => `thẻ đóng {{/${m[2]}}} không khớp với khối {{#${m[1]}}} đang mở`],
  [/^"([^"]+)" not defined in/, (m) => `biến "${m[1]}" không có trong dữ liệu của mẫu (mẫu chạy ở chế độ nghiêm ngặt)`],
  [/^The partial (\S+) could not be found/, (m) => `không tìm thấy mẫu con (partial) "${m[1]}"`],
  [/^Missing helper: "([^"]+)"/, (m) => `không có hàm trợ giúp (helper) "${m[1]}"`],
  [/^Must pass iterator to #each/, () => "{{#each}} cần một danh sách đi kèm, ví dụ {{#each items}}"],
  [/^#(if|unless) requires exactly one argument/, (m) => `{{#${m[1]}}} cần đúng một giá trị để xét`],
];

/** A Handlebars error as a Vietnamese sentence with its line and column in the template. */
export function describeHandlebarsError(err: { message: string; lineNumber?: unknown; column?: unknown }): TemplateProblem {
  const parsed = parseError(err.message);
  if (parsed) return parsed;
  const at = /- (\d+):(\d+)$/m.exec(err.message);
  const line = typeof err.lineNumber === "number" ? err.lineNumber : at ? Number(at[1]) : undefined;
  const column = typeof err.column === "number" ? err.column + 1 : at ? Number(at[2]) + 1 : undefined;
  for (const [re, say] of RUNTIME) {
    const m = re.exec(err.message);
    if (m) return { message: `Mẫu văn bản lỗi: ${say(m)}.`, line, column };
  }
  // Anything else Handlebars may say: named as its error, the English kept as a detail to search for.
  return { message: `Mẫu văn bản lỗi khi chạy (Handlebars báo: "${err.message.split("\n")[0]}").`, line, column };
}
