// Appends entries to a log file without reformatting it (`log add`, `log import`): the new
// entries are validated first (schema and log rules, against the file's year and unit and its
// existing entries), then added as text after the last entry and written atomically. The file
// is re-read before writing to prove the append gave exactly the old entries plus the new ones.
// Read, check and write happen under the log's lock (log-lock.ts), so parallel writers queue
// instead of overwriting each other; the write keeps the file's link, mode and owner
// (util/rewrite-file.ts). Without a plan to check against, nothing is written (log/plan-required).
import { existsSync, mkdirSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { RewriteRefused, rewriteFile } from "../util/rewrite-file.js";
import { LogLocked, withLogLock } from "./log-lock.js";
import { linkOutside, outputEscapes, PLAN_MISSING, planRequired, refused, unwritable } from "./append-problems.js";
import type { LogEntry, LogFile } from "./log-model.js";
import { parseLogText, readLog } from "./read-log.js";
import { validateFast } from "./validate-fast.js";
import { schemaDiagnostics } from "./validate-schema.js";
import { duplicateKey, logRules, type RuleContext } from "./log-rules.js";
import { entryYaml } from "./entry-yaml.js";

export interface AppendOptions {
  cwd: string;
  rules: RuleContext;
  /** The project's severities (cai-cach.config.yaml `rules`), applied before deciding to write. */
  judge?: (diagnostics: Diagnostic[]) => Diagnostic[];
  /** Validate only, write nothing (an import with bad rows still checks its good ones). */
  dryRun?: boolean;
  /** The project root: a symlinked log is written through only when its target is inside. */
  root?: string;
  /** Leave out the entries the log already holds (a spreadsheet imported again): counted in `skipped`. */
  skipExisting?: boolean;
  /** For a new file: its header values. */
  year?: number;
  unit?: string;
}

export interface AppendResult {
  /** Diagnostics about the new entries carry pointers "/entries/<index among the new ones>". */
  diagnostics: Diagnostic[];
  written?: string;
  /** Entries left out because the log already had them (skipExisting). */
  skipped?: number;
  /** The entries written (after skipExisting). */
  appended?: LogEntry[];
}

export async function appendEntries(file: string, entries: LogEntry[], opts: AppendOptions): Promise<AppendResult> {
  const path = resolve(opts.cwd, file);
  const shown = relative(opts.cwd, path) || file;
  const escapes = opts.root === undefined ? undefined : linkOutside(path, opts.root);
  if (escapes !== undefined) return { diagnostics: [outputEscapes(shown, escapes)] };
  // A new folder is created only for entries that pass: a first pass without the lock decides,
  // then the real one runs under the lock (another writer may have created the file meanwhile).
  if (!existsSync(dirname(path))) {
    const first = await appendUnlocked(path, shown, entries, { ...opts, dryRun: true });
    if (hasErrors(first.diagnostics) || opts.dryRun) return first;
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      return { diagnostics: [...first.diagnostics, unwritable(shown, (err as NodeJS.ErrnoException).code)] };
    }
  }
  try {
    return await withLogLock(path, () => appendUnlocked(path, shown, entries, opts));
  } catch (err) {
    if (err instanceof LogLocked) return { diagnostics: [unwritable(shown, "LOCKED")] };
    return { diagnostics: [unwritable(shown, (err as NodeJS.ErrnoException).code)] };
  }
}

/** Read, validate, append, write: the caller holds the log's lock (or writes nothing). */
async function appendUnlocked(path: string, shown: string, entries: LogEntry[], opts: AppendOptions): Promise<AppendResult> {
  let text = "";
  let existing: LogFile = { entries: [], ...(opts.year ? { year: opts.year } : {}), ...(opts.unit ? { unit: opts.unit } : {}) };
  if (existsSync(path)) {
    const read = await readLog(path, shown);
    if (!read.value) return { diagnostics: read.diagnostics };
    text = read.value.text;
    existing = read.value.log;
  }
  let skipped = 0;
  if (opts.skipExisting) {
    const have = new Set(existing.entries.map((e) => duplicateKey(e, existing.unit)));
    const fresh = entries.filter((e) => !have.has(duplicateKey(e, existing.unit)));
    skipped = entries.length - fresh.length;
    entries = fresh;
    if (entries.length === 0) return { diagnostics: [], skipped };
  }
  // Validate the new entries on their own (schema), then with the file's header and existing
  // entries (rules: ids, units, dates, duplicates), reporting only what concerns the new ones.
  const alone = { entries };
  if (!validateFast(alone)) return { diagnostics: await schemaDiagnostics(alone, shown) };
  const offset = existing.entries.length;
  const combined: LogFile = { ...existing, entries: [...existing.entries, ...entries] };
  const ruled = logRules(combined, shown, opts.rules).flatMap((d) => {
    const m = /^\/entries\/(\d+)(.*)$/.exec(d.pointer ?? "");
    if (!m || Number(m[1]) < offset) return PLAN_MISSING.has(d.code) ? [planRequired(d, shown)] : [];
    return [{ ...d, pointer: `/entries/${Number(m[1]) - offset}${m[2]}` }];
  });
  const found = opts.judge ? opts.judge(ruled) : ruled;
  if (hasErrors(found) || opts.dryRun) return { diagnostics: found, skipped };

  const next = text === "" ? newFile(existing, entries, path) : appendText(text, entries);
  const check = await parseLogText(next, shown);
  const back = check.value as LogFile | undefined;
  if (!back || !Array.isArray(back.entries) || JSON.stringify(back.entries) !== JSON.stringify(combined.entries)) {
    return {
      diagnostics: [
        ...found,
        {
          code: "log/append-layout",
          severity: "error",
          file: shown,
          message: "Không thêm được mục vào cuối tệp mà không sửa lại cách trình bày của tệp.",
          hint: 'Đặt "entries:" là khóa cuối cùng của tệp, mỗi mục bắt đầu bằng "- date: …", rồi chạy lại.',
        },
      ],
    };
  }
  const written = await writeLogText(path, shown, next, found);
  return { ...written, skipped, ...(written.written ? { appended: entries } : {}) };
}

/**
 * The one write of a log's new text (append, remove): the caller holds the log's lock. Keeps
 * the file's link, mode and owner (util/rewrite-file.ts); a refusal or a failure is a diagnostic.
 */
export async function writeLogText(path: string, shown: string, text: string, found: Diagnostic[]): Promise<AppendResult> {
  try {
    await rewriteFile(path, Buffer.from(text, "utf8"));
  } catch (err) {
    if (err instanceof RewriteRefused) return { diagnostics: [...found, refused(shown, err)] };
    return { diagnostics: [...found, unwritable(shown, (err as NodeJS.ErrnoException).code)] };
  }
  return { diagnostics: found, written: shown };
}

/** Indentation of the existing entries' dashes (2 unless the file says otherwise). */
function entryIndent(text: string): number {
  const m = /^entries:[ \t]*(?:#.*)?\n(?:(?:[ \t]*#.*|[ \t]*)\n)*( *)- /m.exec(text);
  return m ? m[1].length : 2;
}

function appendText(text: string, entries: LogEntry[]): string {
  const indent = entryIndent(text);
  let base = text.endsWith("\n") ? text : `${text}\n`;
  // "entries: []" (an empty flow list) becomes a block list.
  base = base.replace(/^entries:[ \t]*\[\][ \t]*\n/m, "entries:\n");
  return base + entries.map((e) => entryYaml(e, indent)).join("");
}

function newFile(log: LogFile, entries: LogEntry[], path: string): string {
  const schema = relative(dirname(path), resolve(dirname(path), findSchema(path))).replace(/\\/g, "/");
  const head = [
    `# yaml-language-server: $schema=${schema}`,
    "#",
    "# Nhật ký hoạt động: mỗi mục là một việc đã làm (cai-cach log add / log import ghi thêm vào cuối).",
    ...(log.year !== undefined ? [`year: ${log.year}`] : []),
    ...(log.unit !== undefined ? [`unit: ${log.unit}`] : []),
    "entries:",
  ];
  return `${head.join("\n")}\n${entries.map((e) => entryYaml(e)).join("")}`;
}

/** schemas/activity-log.schema.json of the project (next to logs/), relative to the log. */
function findSchema(path: string): string {
  let dir = dirname(path);
  for (let i = 0; i < 6; i++) {
    if (existsSync(resolve(dir, "schemas"))) return relative(dirname(path), resolve(dir, "schemas", "activity-log.schema.json"));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return "../schemas/activity-log.schema.json";
}
