// Writes the imported plan atomically (a temp file in the same folder, then a rename) and, without
// --force, never over an existing file: the temp file is hard-linked to the name, which fails
// when the name exists, even if it appeared after we looked.
import { link, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { tempPathFor } from "../util/atomic-write.js";

export class OutputExists extends Error {}

export async function writePlanFile(path: string, text: string, force: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, text, { flag: "wx", mode: 0o644 });
    if (force) await rename(temp, path);
    else
      try {
        await link(temp, path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "EEXIST") throw new OutputExists(path);
        throw err;
      }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
