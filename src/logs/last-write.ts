// What the last `log add` or `log import` wrote (file and entries), so `log undo` can take
// exactly those entries back. Kept under .cai-cach/cache/ (git-ignored, like the parse cache):
// it is a convenience of the working copy, never an input of a report.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { atomicWrite } from "../util/atomic-write.js";
import type { LogEntry } from "./log-model.js";

export interface LastWrite {
  /** The log, relative to the project root. */
  file: string;
  entries: LogEntry[];
}

const where = (root: string): string => join(root, ".cai-cach", "cache", "last-log-write.json");

export async function recordLastWrite(root: string, logPath: string, entries: LogEntry[]): Promise<void> {
  try {
    mkdirSync(join(root, ".cai-cach", "cache"), { recursive: true });
    const file = relative(root, logPath).split("\\").join("/");
    await atomicWrite(where(root), Buffer.from(`${JSON.stringify({ file, entries } satisfies LastWrite)}\n`, "utf8"));
  } catch {
    // Without the record, `log undo` says there is nothing to undo; the entries are written.
  }
}

export function readLastWrite(root: string): LastWrite | undefined {
  try {
    const v = JSON.parse(readFileSync(where(root), "utf8")) as LastWrite;
    return typeof v.file === "string" && Array.isArray(v.entries) && !v.file.startsWith("..") ? v : undefined;
  } catch {
    return undefined;
  }
}

export function clearLastWrite(root: string): void {
  rmSync(where(root), { force: true });
}
