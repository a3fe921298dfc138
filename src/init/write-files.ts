// Writes the scaffold all or nothing: every target is checked first, and if any exists nothing
// is written (an agency's files are never overwritten). Each file is written atomically: a temp
// file in the same folder, then a rename.

import { existsSync, mkdirSync, renameSync, writeFileSync, chmodSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export interface ScaffoldFile {
  /** Absolute path. */
  path: string;
  content: string;
  /** Executable (the git hook). */
  executable?: boolean;
}

export function existingFiles(files: readonly ScaffoldFile[], cwd: string): Diagnostic[] {
  return files
    .filter((f) => existsSync(f.path))
    .map((f) => ({
      code: "init/file-exists",
      severity: "error" as const,
      file: relative(cwd, f.path) || f.path,
      message: `Tệp "${relative(cwd, f.path) || f.path}" đã có; cai-cach init không ghi đè tệp nào.`,
      hint: "Khởi tạo vào một thư mục mới (cai-cach init thu-muc-moi), hoặc đổi tên, chuyển các tệp đã có đi chỗ khác rồi chạy lại.",
    }));
}

export function writeAll(files: readonly ScaffoldFile[]): void {
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true });
    const tmp = join(dirname(f.path), `.${Date.now().toString(36)}-${process.pid}.cai-cach.tmp`);
    writeFileSync(tmp, f.content, { flag: "wx" });
    if (f.executable) chmodSync(tmp, 0o755);
    renameSync(tmp, f.path);
  }
}
