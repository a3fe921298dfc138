// Which files of a folder are inputs: the one policy every command uses (through the Project),
// so `check`, `render`, `report`, `log` and `diff` always agree on which plans, logs and notes
// exist.
//
// - Extensions: each kind names its own (plans and notes .yaml/.yml; logs also .json).
// - Names starting with "." (editor backups, drafts such as `.nhap.yaml`, `.git`), Word's lock
//   files ("~$…") and node_modules are not inputs, at any depth.
// - Symbolic links are followed, to files and to folders: a clerk who links a shared log in
//   means it to count. A folder reached twice through links (a loop, or two links to one place)
//   is read once. A link that points nowhere is an error: its data would silently be missing.
// - A folder that cannot be read is an error with its path (exit 2), never a silent zero.
// - A pipe or device with an input's name is an error too (exit 2): it is never opened.
//
// Order is code-point order of names, folder by folder: deterministic everywhere, and no ICU
// collator to load on the fast path.
import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export interface Discovered {
  /** Absolute paths of the input files, in a stable order. */
  files: string[];
  diagnostics: Diagnostic[];
}

export interface DiscoverOptions {
  /** The extensions of this kind of input, lower case with the dot: [".yaml", ".yml"]. */
  extensions: readonly string[];
  /** A path as shown to the user (relative to cwd when inside it). */
  show: (path: string) => string;
}

/** Every input file under `dir`; a folder that does not exist holds none. */
export function discover(dir: string, opts: DiscoverOptions): Discovered {
  const found: Discovered = { files: [], diagnostics: [] };
  const seen = new Set<string>();
  walk(dir, opts, found, seen, true);
  return found;
}

/** The file is an input of this kind by name alone (extension, not hidden). */
export function isInputName(name: string, extensions: readonly string[]): boolean {
  // Hidden files, and the lock file Word keeps beside an open document ("~$ke-hoach.docx").
  if (name.startsWith(".") || name.startsWith("~$")) return false;
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
}

function walk(dir: string, opts: DiscoverOptions, found: Discovered, seen: Set<string>, top: boolean): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    // The top folder may simply not exist (a project without logs/); a link to nowhere, or
    // anything else, is an error.
    if (top && (err as NodeJS.ErrnoException).code === "ENOENT" && !isLink(dir)) return;
    found.diagnostics.push(isLink(dir) ? brokenLink(dir, err, opts) : unreadable(dir, err, opts));
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    // A file where the folder should be (logs/ as a file) is as unreadable as a locked folder.
    found.diagnostics.push(unreadable(dir, err, opts));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? linkKind(path, opts, found) : entry.isDirectory() ? "dir" : entry.isFile() ? "file" : "special";
    if (kind === "dir") walk(path, opts, found, seen, false);
    else if (kind === "file" && isInputName(entry.name, opts.extensions)) found.files.push(path);
    else if (kind === "special" && isInputName(entry.name, opts.extensions)) found.diagnostics.push(notAFile(path, opts));
  }
}

/** What a symbolic link leads to; a dangling link is reported when its name is an input's. */
function linkKind(path: string, opts: DiscoverOptions, found: Discovered): "dir" | "file" | "special" | "other" {
  try {
    const st = statSync(path);
    return st.isDirectory() ? "dir" : st.isFile() ? "file" : "special";
  } catch (err) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (isInputName(name, opts.extensions) || (err as NodeJS.ErrnoException).code === "ELOOP") {
      found.diagnostics.push(brokenLink(path, err, opts));
    }
    return "other";
  }
}

/** A pipe or a device with an input's name: never opened (it could block the command for ever). */
function notAFile(path: string, opts: DiscoverOptions): Diagnostic {
  const shown = opts.show(path);
  return {
    code: "load/not-a-file",
    severity: "error",
    file: shown,
    message: `"${shown}" không phải một tệp thường (đường ống FIFO, thiết bị…); cai-cach không đọc nó.`,
    hint: "Xóa nó khỏi thư mục, hoặc thay bằng một tệp .yaml lưu trên đĩa.",
  };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function brokenLink(path: string, err: unknown, opts: DiscoverOptions): Diagnostic {
  const shown = opts.show(path);
  return {
    code: "project/broken-link",
    severity: "error",
    file: shown,
    message: `"${shown}" là một liên kết (symlink) trỏ tới chỗ không có hoặc tới chính nó (${(err as NodeJS.ErrnoException).code ?? "lỗi"}).`,
    hint: "Sửa liên kết cho trỏ đúng tệp hay thư mục, hoặc xóa nó.",
  };
}

function unreadable(dir: string, err: unknown, opts: DiscoverOptions): Diagnostic {
  const shown = opts.show(dir);
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOTDIR") {
    return {
      code: "project/folder-unreadable",
      severity: "error",
      file: shown,
      message: `"${shown}" là một tệp, không phải thư mục; không có tệp nào trong đó được tính.`,
      hint: `Đổi tên hoặc chuyển tệp "${shown}" đi, rồi tạo thư mục cùng tên cho các tệp của nó.`,
    };
  }
  return {
    code: "project/folder-unreadable",
    severity: "error",
    file: shown,
    message: `Không đọc được thư mục "${shown}" (${code ?? "lỗi hệ thống"}); các tệp trong đó không được tính.`,
    hint: "Kiểm tra quyền đọc của thư mục (chmod, quyền trên Windows) rồi chạy lại.",
  };
}
