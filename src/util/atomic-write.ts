// Writes a file so that readers see either the old file or the whole new one, never a part:
// a temp file in the same folder (same file system, so rename is atomic), fsync, then rename.
// On any failure the temp file is removed.
import { type FileHandle, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let counter = 0;

export function tempPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
}

export async function atomicWrite(path: string, data: Uint8Array): Promise<void> {
  await writeThenRename(path, data);
}

/**
 * The temp-file-then-rename write, with `prepare` run on the new file before its content (to set
 * its mode and owner: util/rewrite-file.ts).
 */
export async function writeThenRename(
  path: string,
  data: Uint8Array,
  prepare?: (handle: FileHandle, temp: string) => Promise<void>,
): Promise<void> {
  const temp = tempPathFor(path);
  let written = false;
  try {
    const handle = await open(temp, "wx", 0o644);
    try {
      await prepare?.(handle, temp);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    written = true;
  } finally {
    if (!written) await unlink(temp).catch(() => undefined);
  }
}

/** The target a write failed on, with the system's error code (EACCES, ENOSPC, EISDIR…). */
export class OutputWriteError extends Error {
  /** `written`: the files already renamed into place (only when a rename failed midway). */
  constructor(
    readonly target: string,
    readonly code: string | undefined,
    readonly written: string[] = [],
  ) {
    super(`cannot write ${target}: ${code ?? "error"}`);
  }
}

/**
 * Writes a set of files (a DOCX and its PDF) all or none, as far as a file system allows: every
 * temp file is written and synced first — a full disk or a refused folder then leaves no output
 * at all — and only then are they renamed into place, one quick rename each.
 */
export async function atomicWriteAll(files: { path: string; data: Uint8Array }[]): Promise<void> {
  const temps: string[] = [];
  let done = 0;
  try {
    for (const f of files) {
      const temp = tempPathFor(f.path);
      try {
        const handle = await open(temp, "wx", 0o644);
        temps.push(temp);
        try {
          await handle.writeFile(f.data);
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch (err) {
        throw new OutputWriteError(f.path, (err as NodeJS.ErrnoException).code);
      }
    }
    for (; done < files.length; done++) {
      try {
        await rename(temps[done]!, files[done]!.path);
      } catch (err) {
        throw new OutputWriteError(
          files[done]!.path,
          (err as NodeJS.ErrnoException).code,
          files.slice(0, done).map((f) => f.path),
        );
      }
    }
  } finally {
    for (const temp of temps.slice(done)) await unlink(temp).catch(() => undefined);
  }
}
