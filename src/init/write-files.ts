// Writes the scaffold all or nothing: every target is checked first, and if any exists nothing
// is written (an agency's files are never overwritten). Each file is written atomically: a temp
// file in the same folder, then a rename.

import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { leavesFolder } from "../util/leaves-folder.js";

export interface ScaffoldFile {
  /** Absolute path. */
  path: string;
  content: string;
  /** Executable (the git hook). */
  executable?: boolean;
}

/** One diagnostic naming every target that already exists (none when all are free). */
export function existingFiles(files: readonly ScaffoldFile[], cwd: string): Diagnostic[] {
  const show = (p: string) => (leavesFolder(relative(cwd, p)) ? p : relative(cwd, p) || p);
  const clashes = files.filter((f) => existsSync(f.path)).map((f) => show(f.path));
  if (clashes.length === 0) return [];
  return [
    {
      code: "init/file-exists",
      severity: "error",
      file: clashes[0],
      message:
        clashes.length === 1
          ? `Tệp "${clashes[0]}" đã có; cai-cach init không ghi đè tệp nào nên chưa ghi gì.`
          : `Đã có ${clashes.length} tệp: ${clashes.map((c) => `"${c}"`).join(", ")}; cai-cach init không ghi đè tệp nào nên chưa ghi gì.`,
      hint: "Khởi tạo vào một thư mục mới (cai-cach init thu-muc-moi), hoặc đổi tên, chuyển các tệp đã có đi chỗ khác rồi chạy lại.",
    },
  ];
}

/** Writes every file; on a failure, removes those already written (all or nothing) and rethrows. */
export function writeAll(files: readonly ScaffoldFile[]): void {
  const done: string[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      const tmp = join(dirname(f.path), `.${Date.now().toString(36)}-${process.pid}.cai-cach.tmp`);
      try {
        writeFileSync(tmp, f.content, { flag: "wx" });
        if (f.executable) chmodSync(tmp, 0o755);
        renameSync(tmp, f.path);
      } finally {
        rmSync(tmp, { force: true });
      }
      done.push(f.path);
    }
  } catch (err) {
    for (const p of done) rmSync(p, { force: true });
    throw err;
  }
}
