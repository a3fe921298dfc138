// Writes a file so that readers see either the old file or the whole new one, never a part:
// a temp file in the same folder (same file system, so rename is atomic), fsync, then rename.
// On any failure the temp file is removed.
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let counter = 0;

export function tempPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
}

export async function atomicWrite(path: string, data: Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  let written = false;
  try {
    const handle = await open(temp, "wx", 0o644);
    try {
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
