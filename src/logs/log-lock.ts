// One writer at a time per activity log. `log add` and `log import` read a log, append to it and
// write it back; two of them at once would each write "old + mine" and one entry would be lost.
// proper-lockfile holds a lock (an atomic mkdir of ".<name>.lock" beside the log, refreshed while
// held) for the whole read-append-write; a lock left by a killed process is stale after
// STALE_MS and taken over. The lock is on the log's real path, so a symlinked log and its target
// share one lock.
import { basename, dirname, join } from "node:path";
import { writeTarget } from "../util/rewrite-file.js";

/** A held lock older than this (not refreshed: its process is gone) is taken over. */
export const STALE_MS = 10_000;
/** How long a writer waits for the others before giving up (well above STALE_MS). */
const WAIT_MS = 60_000;

export class LogLocked extends Error {
  constructor(readonly lockPath: string) {
    super(`log is locked: ${lockPath}`);
  }
}

/** Where the lock of a log lives: a hidden folder beside the file (never read as an input). */
export function lockPathOf(log: string): string {
  const target = writeTarget(log);
  return join(dirname(target), `.${basename(target)}.lock`);
}

/** Runs `work` holding the log's lock; the folder of the log must exist. */
export async function withLogLock<T>(log: string, work: () => Promise<T>): Promise<T> {
  const { default: lockfile } = await import("proper-lockfile");
  const target = writeTarget(log);
  const lockfilePath = lockPathOf(log);
  let compromised: Error | undefined;
  const options = {
    realpath: false,
    lockfilePath,
    stale: STALE_MS,
    onCompromised: (err: Error) => {
      compromised = err;
    },
  };
  // Waiting is retried here, only while another writer holds the lock (ELOCKED): the library's
  // own retries would also retry a folder that cannot be written (EACCES, ENOTDIR) for a minute.
  let release: () => Promise<void>;
  const deadline = Date.now() + WAIT_MS;
  for (let delay = 10; ; delay = Math.min(100, delay * 1.5)) {
    try {
      release = await lockfile.lock(target, options);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ELOCKED") throw err;
      if (Date.now() > deadline) throw new LogLocked(lockfilePath);
      await new Promise((wake) => setTimeout(wake, delay * (0.5 + Math.random())));
    }
  }
  try {
    const result = await work();
    if (compromised) throw compromised;
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}
