// The output folder and files of a render, checked before anything is written: a path that
// leaves the folder, a folder that cannot be created or written, an existing read-only file.
// Each is a render/output-* diagnostic (exit 2) and nothing is written.
import { mkdirSync, statSync, accessSync, constants } from "node:fs";
import { relative, resolve, isAbsolute } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

const problem = (code: string, file: string, message: string, hint: string): Diagnostic => ({ code, severity: "error", file, message, hint });

/** Creates the folder if needed; a diagnostic when it cannot be used. */
export function prepareOutputDir(dir: string, shown: string): Diagnostic[] {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    accessSync(dir, constants.W_OK);
    return [];
  } catch {
    return [problem("render/output-unwritable", shown, `Không ghi được vào thư mục "${shown}".`, "Chọn thư mục khác bằng --out, hoặc cấp quyền ghi cho thư mục này.")];
  }
}

/** Problems with one output path inside `dir`. */
export function checkOutputPath(dir: string, path: string, shown: string, inputs: string[]): Diagnostic[] {
  const rel = relative(dir, resolve(path));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    return [problem("render/output-escapes", shown, `Tệp kết quả "${shown}" nằm ngoài thư mục kết quả.`, "Đổi tên tệp kế hoạch cho đơn giản (chữ, số, dấu gạch).")];
  }
  if (inputs.includes(resolve(path))) {
    return [problem("render/output-is-input", shown, `Tệp kết quả "${shown}" trùng với một tệp đầu vào.`, "Chọn thư mục kết quả khác bằng --out.")];
  }
  try {
    const st = statSync(path);
    // Mode bits rather than access(): a read-only file stays protected even for an administrator.
    if (st.isDirectory() || (st.mode & 0o222) === 0) {
      return [problem("render/output-readonly", shown, `Tệp "${shown}" đã có và chỉ được đọc, không ghi đè.`, "Bỏ thuộc tính chỉ đọc của tệp, xóa nó, hoặc chọn thư mục khác bằng --out.")];
    }
  } catch {
    // Not there yet: fine.
  }
  return [];
}
