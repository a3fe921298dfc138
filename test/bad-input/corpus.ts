// The bad-input corpus (test/fixtures/bad-input/<case>/): each case is a small project — its input
// files plus case.json saying which command to run and what must come out. This module reads a
// case, builds its project in a temp folder, and lists what a run changed there.
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

export const CORPUS = join(process.cwd(), "test", "fixtures", "bad-input");
export const SEED = join(process.cwd(), "plans", "plan-2022.yaml");

export interface ExpectedDiagnostic {
  code: string;
  /** "file", "file:line" or "file:line:col" (paths with "/"). */
  at?: string;
  severity?: "error" | "warning";
}

/** A file made from the seed plan (so cases stay valid when the seed's wording changes). */
export interface Derived {
  to: string;
  /** [regex source (multiline), replacement]; each must match, or the case is stale. */
  replace?: [string, string][];
  append?: string;
  /** How the text is stored: UTF-8 (default), UTF-16 with its BOM, UTF-8 with BOM, NFD, Latin-1 bytes. */
  encoding?: "utf8" | "utf16le" | "utf16be" | "bom" | "nfd" | "latin1";
  /** Line endings as Windows Notepad saves them. */
  eol?: "crlf";
}

export interface CaseSpec {
  description: string;
  command: string[];
  exit: number;
  diagnostics?: ExpectedDiagnostic[];
  /** Text the output must contain (e.g. the name of the legacy encoding). */
  contains?: string[];
  /** Files the run must create, each complete (valid PDF, DOCX, non-empty text). */
  outputs?: string[];
  /** The outputs' text must be NFC (read back from DOCX and PDF). */
  nfc?: boolean;
  /** Copy the seed plan to plans/plan-2022.yaml. */
  seed?: boolean;
  derive?: Derived[];
  /** Extra preparation: "readonly:<path>", "symlink:<link>=><target>", "file:<path>", "dir:<path>", "big:<path>", "biglog:<path>", "costly-log:<path>", "git-shallow:", "fifo:<path>", "hardlink:<link>=><existing>", "link:<link>=><target not created>", "biglog-bad:<path>", "chmod:<dir>=<octal>", "immutable:<dir>". */
  setup?: string[];
  env?: Record<string, string>;
  /** Permission bits do not stop root: the case only means something for a normal user. */
  skipIfRoot?: boolean;
  /** Needs a module mock (run by its own test file). */
  mock?: "font-missing";
  /** A known product bug: the case documents the expected behaviour and runs as it.fails. */
  bug?: string;
}

export interface Case {
  name: string;
  dir: string;
  spec: CaseSpec;
}

export function loadCases(): Case[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = join(CORPUS, name);
      return { name, dir, spec: JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as CaseSpec };
    });
}

function copyTree(from: string, to: string): void {
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (from === to || e.name === "case.json") continue;
    const src = join(from, e.name);
    const dst = join(to, e.name);
    if (e.isDirectory()) {
      mkdirSync(dst, { recursive: true });
      copyTree(src, dst);
    } else copyFileSync(src, dst);
  }
}

function encode(text: string, encoding: Derived["encoding"]): Buffer {
  switch (encoding) {
    case "utf16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    case "bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "nfd":
      return Buffer.from(text.normalize("NFD"), "utf8");
    case "latin1":
      return Buffer.from(text, "latin1");
    default:
      return Buffer.from(text, "utf8");
  }
}

/** 50 MB: the seed plan followed by comment lines (valid YAML, so only the size is unusual). */
export function bigPlan(bytes = 50 * 1024 * 1024): Buffer {
  const seed = readFileSync(SEED);
  const line = Buffer.from(`# ${"Kế hoạch cải cách hành chính, dòng chú thích để tệp thật lớn. ".repeat(3)}\n`, "utf8");
  const count = Math.ceil((bytes - seed.length) / line.length);
  return Buffer.concat([seed, Buffer.alloc(line.length * count, line)]);
}

/** 50 MB of valid activity log for the seed plan: the same kinds of entries, every day of 2022. */
export function bigLog(bytes = 50 * 1024 * 1024): Buffer {
  const head = Buffer.from("year: 2022\nunit: tchc\nentries:\n", "utf8");
  const parts: Buffer[] = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const day = new Date(Date.UTC(2022, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    const entry = Buffer.from(
      `  - date: ${day}\n    items: [ht-cong-thong-tin, nd-van-ban]\n    summary: Đăng tin số ${i + 1} về thủ tục hành chính mới trên trang thông tin điện tử của Sở\n` +
        `    quantities:\n      - { value: 1, measure: tin/bài }\n`,
      "utf8",
    );
    parts.push(entry);
    size += entry.length;
  }
  return Buffer.concat(parts);
}

/** The case's project in a fresh temp folder (a .git marks its root). */
export function buildProject(c: Case): string {
  const root = mkdtempSync(join(tmpdir(), `cai-cach-bad-${c.name}-`));
  mkdirSync(join(root, ".git"));
  copyTree(c.dir, root);
  const seedText = readFileSync(SEED, "utf8");
  if (c.spec.seed) {
    mkdirSync(join(root, "plans"), { recursive: true });
    copyFileSync(SEED, join(root, "plans", "plan-2022.yaml"));
  }
  for (const d of c.spec.derive ?? []) {
    let text = seedText;
    for (const [pattern, replacement] of d.replace ?? []) {
      const re = new RegExp(pattern, "mu");
      if (!re.test(text)) throw new Error(`case ${c.name}: /${pattern}/ no longer matches the seed plan`);
      text = text.replace(re, replacement);
    }
    text += d.append ?? "";
    if (d.eol === "crlf") text = text.replace(/\r?\n/gu, "\r\n");
    mkdirSync(dirname(join(root, d.to)), { recursive: true });
    writeFileSync(join(root, d.to), encode(text, d.encoding));
  }
  for (const step of c.spec.setup ?? []) {
    const [kind, arg] = [step.slice(0, step.indexOf(":")), step.slice(step.indexOf(":") + 1)];
    if (kind === "readonly") {
      mkdirSync(dirname(join(root, arg)), { recursive: true });
      writeFileSync(join(root, arg), "bản đã ký, không được ghi đè\n");
      chmodSync(join(root, arg), 0o444);
    } else if (kind === "symlink") {
      const [link, target] = arg.split("=>") as [string, string];
      mkdirSync(dirname(join(root, link)), { recursive: true });
      mkdirSync(dirname(join(dirname(join(root, link)), target)), { recursive: true });
      writeFileSync(join(dirname(join(root, link)), target), "tệp ngoài thư mục kết quả\n");
      symlinkSync(target, join(root, link));
    } else if (kind === "dir") {
      mkdirSync(join(root, arg), { recursive: true });
    } else if (kind === "file") {
      writeFileSync(join(root, arg), "");
    } else if (kind === "biglog" || kind === "biglog-bad") {
      mkdirSync(dirname(join(root, arg)), { recursive: true });
      // "-bad": one entry with a negative quantity after the 50 MB, to find at its exact line.
      const bad =
        "  - date: 2022-06-01\n    items: [ht-cong-thong-tin]\n    summary: Mục cuối, số lượng âm\n    quantities:\n      - { value: -3, measure: tin/bài }\n";
      writeFileSync(join(root, arg), kind === "biglog" ? bigLog() : Buffer.concat([bigLog(), Buffer.from(bad, "utf8")]));
    } else if (kind === "fifo") {
      // A named pipe with an input's name: reading it would block for ever.
      mkdirSync(dirname(join(root, arg)), { recursive: true });
      execFileSync("mkfifo", [join(root, arg)]);
    } else if (kind === "hardlink") {
      const [link, target] = arg.split("=>") as [string, string];
      mkdirSync(dirname(join(root, link)), { recursive: true });
      linkSync(join(root, target), join(root, link));
    } else if (kind === "link") {
      // A symbolic link whose target is NOT created: dangling, or a loop.
      const [link, target] = arg.split("=>") as [string, string];
      mkdirSync(dirname(join(root, link)), { recursive: true });
      symlinkSync(target, join(root, link));
    } else if (kind === "git-shallow") {
      // The project as CI checks it out: two commits, the older one cut off (.git/shallow lists
      // the newest as having no parent), as "git clone --depth 1" leaves it.
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: "Văn thư",
        GIT_AUTHOR_EMAIL: "vt@example.gov.vn",
        GIT_COMMITTER_NAME: "Văn thư",
        GIT_COMMITTER_EMAIL: "vt@example.gov.vn",
      };
      const git = (...args: string[]): string => execFileSync("git", args, { cwd: root, env, encoding: "utf8" }).trim();
      rmSync(join(root, ".git"), { recursive: true, force: true });
      git("init", "-q", "-b", "main");
      git("add", "-A");
      git("commit", "-q", "-m", "Kế hoạch");
      git("commit", "-q", "--allow-empty", "-m", "Lần lưu sau");
      writeFileSync(join(root, ".git", "shallow"), `${git("rev-parse", "HEAD")}\n`);
    } else if (kind === "costly-log") {
      // 9,100 entries at the schema's largest cost (10^12 đồng): each valid, the sum above 2^53.
      mkdirSync(dirname(join(root, arg)), { recursive: true });
      const entries = Array.from(
        { length: 9100 },
        (_, i) => `  - { date: 2022-02-01, items: [ht-an-pham], summary: In đợt ${i + 1}, cost: 1000000000000 }\n`,
      );
      writeFileSync(join(root, arg), `year: 2022\nunit: tchc\nentries:\n${entries.join("")}`);
    } else if (kind === "big") {
      mkdirSync(dirname(join(root, arg)), { recursive: true });
      writeFileSync(join(root, arg), bigPlan());
    } else if (kind === "immutable") {
      // Root ignores permission bits, not the immutable attribute: an unwritable folder for everyone.
      mkdirSync(join(root, arg), { recursive: true });
      execFileSync("chattr", ["+i", join(root, arg)], { stdio: "ignore" });
    } else if (kind === "chmod") {
      const [dir, mode] = arg.split("=") as [string, string];
      mkdirSync(join(root, dir), { recursive: true });
      chmodSync(join(root, dir), parseInt(mode, 8));
    } else throw new Error(`case ${c.name}: unknown setup step ${step}`);
  }
  return root;
}

export interface Entry {
  /** "other": a pipe or a device, compared by kind and mode only (reading it would block). */
  kind: "file" | "dir" | "symlink" | "other";
  mode: number;
  /** File bytes, or the link's target. */
  content?: Buffer | string;
}

/** Every path under root (except .git) with its kind, permission bits and content. */
export function snapshot(root: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(root, path).split("\\").join("/");
      // .git, and the report's parse cache (.cai-cach/, git-ignored): neither input nor output.
      if (rel === ".git" || rel === ".cai-cach") continue;
      const st = lstatSync(path);
      const mode = st.mode & 0o777;
      if (st.isSymbolicLink()) out.set(rel, { kind: "symlink", mode, content: readlinkSync(path) });
      else if (st.isDirectory()) {
        out.set(rel, { kind: "dir", mode });
        walk(path);
      } else if (!st.isFile()) out.set(rel, { kind: "other", mode });
      else out.set(rel, { kind: "file", mode, content: readFileSync(path) });
    }
  };
  walk(root);
  return out;
}

/** Paths whose entry differs between two snapshots (removed or changed). */
export function changedEntries(before: Map<string, Entry>, after: Map<string, Entry>): string[] {
  const changed: string[] = [];
  for (const [path, a] of before) {
    const b = after.get(path);
    const same =
      b !== undefined &&
      a.kind === b.kind &&
      a.mode === b.mode &&
      (a.content === undefined ||
        (b.content !== undefined &&
          (Buffer.isBuffer(a.content) && Buffer.isBuffer(b.content) ? a.content.equals(b.content) : a.content === b.content)));
    if (!same) changed.push(path);
  }
  return changed;
}

export const newEntries = (before: Map<string, Entry>, after: Map<string, Entry>): string[] =>
  [...after.keys()].filter((p) => !before.has(p) && after.get(p)!.kind !== "dir").sort();

/** Whether `chattr +i` works here (ext4 and the capability to set it). */
export function canSetImmutable(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-chattr-"));
  try {
    execFileSync("chattr", ["+i", dir], { stdio: "ignore" });
    execFileSync("chattr", ["-i", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Undoes "immutable:" so the temp project can be removed. */
export function releaseImmutable(root: string, c: Case): void {
  for (const step of c.spec.setup ?? []) {
    if (step.startsWith("immutable:")) execFileSync("chattr", ["-i", join(root, step.slice("immutable:".length))], { stdio: "ignore" });
  }
}

export const isRoot = (): boolean => typeof process.getuid === "function" && process.getuid() === 0;

export { existsSync };
