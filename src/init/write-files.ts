// Writes the scaffold. Init can be run again: a file that exists is kept (the agency's own files
// are never overwritten) and named, unless --force asks to replace it. What is written is written
// all or nothing: each file atomically (a temp file in the same folder, then a rename), and if
// one fails, those already written in this run are removed.

import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface ScaffoldFile {
  /** Absolute path. */
  path: string;
  /** Text, or bytes (the vendored cai-cach tarball). */
  content: string | Uint8Array;
  /** Executable (the git hook). */
  executable?: boolean;
}

/** The files to write and those kept because they exist (replaced with `force`). */
export function partitionExisting(files: readonly ScaffoldFile[], force: boolean): { write: ScaffoldFile[]; kept: ScaffoldFile[] } {
  if (force) return { write: [...files], kept: [] };
  return { write: files.filter((f) => !existsSync(f.path)), kept: files.filter((f) => existsSync(f.path)) };
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
