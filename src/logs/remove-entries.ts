// Removes entries from a log (`log remove N`, `log undo`) through the same path as `log add`:
// under the log's lock, the file is re-read, the entries' lines are cut out of the text without
// reformatting the rest, the result is parsed back to prove it holds exactly the other entries,
// and written by the one log writer (append-entries.ts writeLogText: atomic, mode, owner, links).
import { relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { yamlPackage } from "../load/yaml-package.js";
import { type AppendResult, writeLogText } from "./append-entries.js";
import { linkOutside, outputEscapes, unwritable } from "./append-problems.js";
import type { LogEntry } from "./log-model.js";
import { LogLocked, withLogLock } from "./log-lock.js";
import { parseLogText, readLog } from "./read-log.js";

export interface RemoveOptions {
  cwd: string;
  root: string;
  /**
   * Decides, on the log as re-read under the lock, which 0-based indexes go; a diagnostic
   * instead when the log no longer holds what the clerk saw (another writer changed it).
   */
  choose: (entries: readonly LogEntry[]) => number[] | Diagnostic;
}

export async function removeEntries(file: string, opts: RemoveOptions): Promise<AppendResult & { removed?: LogEntry[] }> {
  const path = resolve(opts.cwd, file);
  const shown = relative(opts.cwd, path) || file;
  const escapes = linkOutside(path, opts.root);
  if (escapes !== undefined) return { diagnostics: [outputEscapes(shown, escapes)] };
  try {
    return await withLogLock(path, async () => {
      const read = await readLog(path, shown);
      if (!read.value) return { diagnostics: read.diagnostics };
      const { text, log } = read.value;
      const chosen = opts.choose(log.entries);
      if (!Array.isArray(chosen)) return { diagnostics: [chosen] };
      const next = cutEntries(text, new Set(chosen));
      const keep = log.entries.filter((_, i) => !chosen.includes(i));
      const back = next === undefined ? undefined : ((await parseLogText(next, shown)).value as { entries?: unknown } | undefined);
      if (next === undefined || !back || JSON.stringify(back.entries ?? []) !== JSON.stringify(keep)) {
        return { diagnostics: [layoutProblem(shown)] };
      }
      const written = await writeLogText(path, shown, next, []);
      return { ...written, removed: chosen.map((i) => log.entries[i]!) };
    });
  } catch (err) {
    if (err instanceof LogLocked) return { diagnostics: [unwritable(shown, "LOCKED")] };
    return { diagnostics: [unwritable(shown, (err as NodeJS.ErrnoException).code)] };
  }
}

/** The text without the lines of the chosen entries (from each dash's line to the next one's). */
function cutEntries(text: string, chosen: ReadonlySet<number>): string | undefined {
  const { parseDocument, isSeq, isMap } = yamlPackage();
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const seq = doc.contents.get("entries", true);
  if (!isSeq(seq) || seq.flow || !seq.range) return undefined;
  const lineStart = (at: number): number => text.lastIndexOf("\n", at - 1) + 1;
  const starts = seq.items.map((item) => {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    return range ? lineStart(range[0]) : -1;
  });
  if (starts.some((s) => s < 0)) return undefined;
  let out = "";
  let from = 0;
  for (let i = 0; i < starts.length; i++) {
    if (!chosen.has(i)) continue;
    out += text.slice(from, starts[i]);
    // "entries:" is the file's last key: the last entry runs to the end of the file.
    from = i + 1 < starts.length ? starts[i + 1]! : text.length;
  }
  out += text.slice(from);
  // "entries:" with nothing left under it is an empty list, as a new log would write it.
  const at = out.lastIndexOf("entries:");
  return /^entries:[ \t]*\n?$/.test(out.slice(at)) ? `${out.slice(0, at)}entries: []\n` : out;
}

function layoutProblem(shown: string): Diagnostic {
  return {
    code: "log/append-layout",
    severity: "error",
    file: shown,
    message: "Không xóa được mục khỏi tệp mà không sửa lại cách trình bày của tệp; không xóa gì.",
    hint: 'Đặt "entries:" là khóa cuối cùng của tệp, mỗi mục bắt đầu bằng "- date: …", rồi chạy lại.',
  };
}
