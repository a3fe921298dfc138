// Replaces the content of a file the user keeps (an activity log) atomically, without undoing
// what they set on it. atomicWrite's rename alone would turn a symlink into a plain file, give
// the file the default mode and our owner, and split a hard link in two. Here:
// - a symlink is followed: the file it points to is rewritten and the link stays a link;
// - the new file gets the old one's permission bits and, when we may set it, its owner and group;
// - a file with hard links is refused (RewriteRefused "hard-link"): writing in place would keep
//   the links but could leave half a file after a crash; a rename gives the other names the old
//   content forever. Neither is acceptable for a log, so the user is told why and decides.
// - a file whose owner we cannot keep is refused ("owner") rather than silently taken over.
import { lstatSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { writeThenRename } from "./atomic-write.js";

export class RewriteRefused extends Error {
  constructor(
    readonly reason: "hard-link" | "owner",
    readonly detail: number,
  ) {
    super(`refused to rewrite: ${reason}`);
  }
}

/** The file a write to `path` should replace: the symlink's final target, or `path` itself. */
export function writeTarget(path: string): string {
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
  } catch {
    return path;
  }
  try {
    return realpathSync(path);
  } catch {
    // A link to a file not created yet: the file is created where the link points.
    return resolve(dirname(path), readlinkSync(path));
  }
}

/** Writes `data` to `path` (through a symlink), keeping mode and owner; creates it when missing. */
export async function rewriteFile(path: string, data: Uint8Array): Promise<void> {
  const target = writeTarget(path);
  let old: { mode: number; uid: number; gid: number; nlink: number } | undefined;
  try {
    old = statSync(target);
  } catch {
    old = undefined;
  }
  if (old && old.nlink > 1) throw new RewriteRefused("hard-link", old.nlink);
  await writeThenRename(target, data, async (handle, temp) => {
    if (!old) return;
    // The umask applied to open(); the old bits are set exactly.
    await handle.chmod(old.mode & 0o7777);
    const mine = statSync(temp);
    if (mine.uid !== old.uid || mine.gid !== old.gid) {
      await handle.chown(old.uid, old.gid).catch(() => {
        throw new RewriteRefused("owner", old.uid);
      });
    }
  });
}
