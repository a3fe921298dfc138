// Frees a log file's parsed data before the next file is read. Why: V8 lets its heap grow to
// about four times what was live at its last full collection before collecting again, so after
// one 100,000-entry file (~200 MB while parsed) it would read two or three more before freeing
// any, and the report's peak memory would grow with the number of files (issue 6: 1M entries
// must complete with memory that does not grow with the log). One full collection per large
// file costs tens of milliseconds; small logs (every real project's) never trigger it.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Text length (characters) from which a log counts as large. */
export const LARGE_LOG = 4_000_000;

let collect: (() => void) | undefined;

export function releaseMemory(): void {
  if (!collect) {
    // Without a command-line flag (bin/ stays a plain `node` script): --expose-gc set at run time
    // only makes new contexts get a `gc` function, so one is taken from a fresh context.
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}
