// The output folder and files of a render, checked before anything is written: a path that
// leaves the folder, a folder that cannot be created or written, an existing read-only file.
// Each is a <command>/output-* diagnostic (exit 2) and nothing is written. Shared by `render` and
// `report` (render/output-* and report/output-*), so both treat their outputs the same way.
import { mkdirSync, statSync, accessSync, constants, lstatSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import type { Code, Diagnostic } from "../diagnostics/diagnostic.js";
import { causeText, systemCause } from "../util/system-error.js";
import { leavesFolder } from "../util/leaves-folder.js";

/** The command whose outputs are checked: the prefix of the diagnostic codes. */
export type OutputCommand = "render" | "report";

const problem = (code: Code, file: string, message: string, hint: string): Diagnostic => ({
  code,
  severity: "error",
  file,
  message,
  hint,
});

/** The folder, then every path in it, before anything is produced or written. */
export function checkOutputs(
  dir: string,
  paths: string[],
  opts: { show: (p: string) => string; inputs: string[]; command?: OutputCommand },
): Diagnostic[] {
  const folder = prepareOutputDir(dir, opts.show(dir), opts.command);
  if (folder.length) return folder;
  return paths.flatMap((p) => checkOutputPath(dir, p, opts.show(p), opts.inputs, opts.command));
}

/** Creates the folder if needed; a diagnostic when it cannot be used. */
export function prepareOutputDir(dir: string, shown: string, command: OutputCommand = "render"): Diagnostic[] {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
    accessSync(dir, constants.W_OK);
    return [];
  } catch (err) {
    // The real cause (a file where the folder should be, no permission, a read-only disk…).
    const code = (err as NodeJS.ErrnoException).code;
    return [
      problem(
        `${command}/output-unwritable`,
        shown,
        `Không ghi được vào thư mục "${shown}": ${causeText(code)}.`,
        `${systemCause(code).hint} Hoặc chọn thư mục khác bằng --out.`,
      ),
    ];
  }
}

/** Problems with one output path inside `dir`. */
export function checkOutputPath(
  dir: string,
  path: string,
  shown: string,
  inputs: string[],
  command: OutputCommand = "render",
): Diagnostic[] {
  const rel = relative(dir, resolve(path));
  // "..ke-hoach.docx" is a file inside the folder; only ".." itself or "../…" climbs out of it.
  if (rel === "" || leavesFolder(rel)) {
    return [
      problem(
        `${command}/output-escapes`,
        shown,
        `Tệp kết quả "${shown}" nằm ngoài thư mục kết quả.`,
        "Đổi tên tệp kế hoạch cho đơn giản (chữ, số, dấu gạch).",
      ),
    ];
  }
  const outside = linkTargetOutside(dir, path);
  if (outside !== undefined) {
    return [
      problem(
        `${command}/output-escapes`,
        shown,
        `Tệp kết quả "${shown}" là một liên kết (symlink) trỏ ra ngoài thư mục kết quả, tới "${outside}".`,
        "Xóa liên kết này hoặc chọn thư mục khác bằng --out: cai-cach không ghi thay vào tệp ở nơi khác.",
      ),
    ];
  }
  if (inputs.includes(resolve(path))) {
    return [
      problem(
        `${command}/output-is-input`,
        shown,
        `Tệp kết quả "${shown}" trùng với một tệp đầu vào.`,
        "Chọn thư mục kết quả khác bằng --out.",
      ),
    ];
  }
  try {
    const st = statSync(path);
    // Mode bits rather than access(): a read-only file stays protected even for an administrator.
    if (st.isDirectory()) {
      return [
        problem(
          `${command}/output-readonly`,
          shown,
          `Chỗ tệp kết quả "${shown}" đã có một thư mục cùng tên, không ghi đè.`,
          "Đổi tên hoặc xóa thư mục đó, hoặc chọn thư mục khác bằng --out.",
        ),
      ];
    }
    if ((st.mode & 0o222) === 0) {
      return [
        problem(
          `${command}/output-readonly`,
          shown,
          `Tệp "${shown}" đã có và chỉ được đọc, không ghi đè.`,
          "Bỏ thuộc tính chỉ đọc của tệp, xóa nó, hoặc chọn thư mục khác bằng --out.",
        ),
      ];
    }
  } catch {
    // Not there yet: fine.
  }
  return [];
}

/**
 * Where a symlink at `path` really points, when that is outside `dir`; undefined for anything else.
 * Writing would replace the link with a regular file (rename does not follow links), silently
 * breaking what the clerk set up, so render and report refuse instead. Paths compare after
 * realpath, so a link through another link, or an output folder that is itself a link, is judged
 * by where it lands.
 */
export function linkTargetOutside(dir: string, path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  const target = realOrNearest(path);
  const rel = relative(realOrNearest(dir), target);
  return rel === "" || leavesFolder(rel) ? target : undefined;
}

/** realpath, or for a dangling link its first target with the folder part made real. */
function realOrNearest(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    let p = path;
    try {
      p = resolve(dirname(path), readlinkSync(path));
    } catch {
      // Not a link: keep the path.
    }
    try {
      return resolve(realpathSync(dirname(p)), basename(p));
    } catch {
      return resolve(p);
    }
  }
}
