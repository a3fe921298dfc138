// One fixture folder per diagnostic code that a command other than a plain `check` emits
// (test/fixtures/commands/<code>/): case.json says how to build the project and which command to
// run; expected.txt is the exact stdout, stderr and exit code of that run, the temp folder shown
// as <tmp>. Each case runs in-process in a fresh temp folder (a .git marks the project root),
// built by the bad-input corpus's buildProject (seed, derive and setup steps, see
// test/fixtures/bad-input/README.md) plus the few steps of its own listed in CommandCase.setup.
// UPDATE_GOLDEN=1 rewrites expected.txt (review the diff before committing).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { codeInfo } from "../../src/diagnostics/codes.js";
import { buildProject, type CaseSpec, type Derived, releaseImmutable } from "../bad-input/corpus.js";
import { runCli } from "../helpers/cli-run.js";
import { expectGolden } from "../helpers/golden.js";

const COMMANDS_ROOT = join(import.meta.dirname, "../fixtures/commands");

// render/font-missing needs the fonts module as a broken install leaves it (the mock of
// test/bad-input/font-missing.test.ts), for that one case only: the other cases use the real one.
const fonts = vi.hoisted(() => ({ missing: false }));
vi.mock("../../src/layout/fonts.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/layout/fonts.js")>();
  const broken = (await import("../helpers/fonts-missing.js")).fontsMissing(real) as Record<string, unknown>;
  const wrapped: Record<string, unknown> = { ...real };
  for (const [name, value] of Object.entries(broken)) {
    const original = (real as Record<string, unknown>)[name];
    if (value !== original && typeof value === "function" && typeof original === "function") {
      wrapped[name] = (...args: unknown[]) => (fonts.missing ? value : original)(...args);
    }
  }
  return wrapped;
});

interface CommandCase {
  /** What the case is, in Vietnamese. */
  description: string;
  /** argv after `cai-cach`, run from the project root. */
  command: string[];
  /** Files of the project, path → UTF-8 text. */
  files?: Record<string, string>;
  /** Copy plans/plan-2022.yaml into plans/. */
  seed?: boolean;
  /** Files made from the seed plan (the corpus's `derive`). */
  derive?: Derived[];
  /**
   * The corpus's setup steps (readonly:, symlink:, file:, dir:, chmod:, immutable:, …), plus:
   * "link:<link>=><target>" a symbolic link whose target is NOT created (dangling, or a loop);
   * "git:commit" the root made a real git repository with every file committed once;
   * "cp1258:<path>" the file re-encoded in Windows-1258 (Excel's "CSV" on a Vietnamese Windows);
   * "docx:<path>=<mutation>" a broken DOCX of the audit corpus (test/audit/mutations.ts), made from
   * one cai-cach renders ("docx:<path>=clean" the seed plan's DOCX as rendered).
   */
  setup?: string[];
  /** Environment of the run (added to SOURCE_DATE_EPOCH and NO_COLOR). */
  env?: Record<string, string>;
  /** The process's own environment during the run (what child processes such as git see). */
  processEnv?: Record<string, string>;
  /** Exit code when another diagnostic of the run decides it, not this code's severity. */
  exit?: number;
  /** "font-missing": the Tinos font files gone (a broken install). */
  mock?: "font-missing";
}

const OWN_STEPS = ["link:", "git:", "cp1258:", "docx:"];
const ENV = { SOURCE_DATE_EPOCH: "1767225600", NO_COLOR: "1" };
const GIT_ENV = {
  GIT_AUTHOR_NAME: "Văn thư",
  GIT_AUTHOR_EMAIL: "vanthu@example.gov.vn",
  GIT_AUTHOR_DATE: "2022-01-01T00:00:00Z",
  GIT_COMMITTER_NAME: "Văn thư",
  GIT_COMMITTER_EMAIL: "vanthu@example.gov.vn",
  GIT_COMMITTER_DATE: "2022-01-01T00:00:00Z",
};

function commandFixtureDirs(dir = COMMANDS_ROOT): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const d = join(dir, e.name);
    if (existsSync(join(d, "case.json"))) out.push(d);
    else out.push(...commandFixtureDirs(d));
  }
  return out.sort();
}

async function ownStep(root: string, step: string): Promise<void> {
  if (step.startsWith("docx:")) {
    const [path, mutation] = step.slice(5).split("=") as [string, string];
    const { mutatedDocx, renderedDocx, SEED } = await import("../audit/mutations.js");
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), mutation === "clean" ? await renderedDocx(SEED) : await mutatedDocx(mutation));
  } else if (step.startsWith("link:")) {
    const [link, target] = step.slice(5).split("=>") as [string, string];
    mkdirSync(dirname(join(root, link)), { recursive: true });
    symlinkSync(target, join(root, link));
  } else if (step.startsWith("cp1258:")) {
    // A file as Excel's plain "CSV" saves it on a Vietnamese Windows: Windows-1258 bytes.
    const path = join(root, step.slice(7));
    writeFileSync(path, iconv.encode(windows1258Form(readFileSync(path, "utf8")), "windows1258"));
  } else if (step === "git:commit") {
    rmSync(join(root, ".git"), { recursive: true, force: true });
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore", env: { ...process.env, ...GIT_ENV } });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "Kế hoạch năm 2022");
  } else throw new Error(`unknown setup step ${step}`);
}

/**
 * Vietnamese as Windows-1258 holds it: letters with their shape (â, ơ, ư, ă, đ) precomposed,
 * the tone mark as a separate combining character after them ("ố" = "ô" + U+0301).
 */
function windows1258Form(text: string): string {
  const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
  return text.normalize("NFD").replace(/(\P{M})(\p{M}*)/gu, (_, base: string, marks: string) => {
    const all = [...marks];
    const tones = all.filter((m) => TONES.has(m)).join("");
    return (base + all.filter((m) => !TONES.has(m)).join("")).normalize("NFC") + tones;
  });
}

/** Builds the case's project, runs its command, returns the printed text with <tmp> for the folder. */
async function runCommandCase(name: string, spec: CommandCase): Promise<{ exit: number; text: string }> {
  // The corpus copies a folder of files: stage `files` in one so buildProject does the rest.
  const staging = mkdtempSync(join(tmpdir(), "cai-cach-cmd-files-"));
  for (const [path, text] of Object.entries(spec.files ?? {})) {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    writeFileSync(join(staging, path), text);
  }
  const corpusSteps = (spec.setup ?? []).filter((s) => !OWN_STEPS.some((p) => s.startsWith(p)));
  const corpusCase = {
    name: name.split("/").join("-"),
    dir: staging,
    spec: {
      description: spec.description,
      command: spec.command,
      exit: 0,
      seed: spec.seed,
      derive: spec.derive,
      setup: corpusSteps,
    } as CaseSpec,
  };
  const root = buildProject(corpusCase);
  const saved: Record<string, string | undefined> = {};
  try {
    for (const step of spec.setup ?? []) if (OWN_STEPS.some((p) => step.startsWith(p))) await ownStep(root, step);
    for (const [k, v] of Object.entries(spec.processEnv ?? {})) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    fonts.missing = spec.mock === "font-missing";
    const run = await runCli(spec.command, root, { ...ENV, ...spec.env });
    const text = `--- stdout ---\n${run.stdout}--- stderr ---\n${run.stderr}--- exit ${run.code} ---\n`;
    const real = realpathSync(root);
    return { exit: run.code, text: text.split(root).join("<tmp>").split(real).join("<tmp>") };
  } finally {
    fonts.missing = false;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    releaseImmutable(root, corpusCase);
    rmSync(root, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}

const cases = commandFixtureDirs().map((dir) => ({
  dir,
  code: relative(COMMANDS_ROOT, dir).split("\\").join("/"),
  spec: JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as CommandCase,
}));

describe("command fixtures: one per diagnostic code", () => {
  it.each(cases)("$code", async ({ dir, code, spec }) => {
    const info = codeInfo(code);
    expect(info, `fixture folder ${code} names no code in src/diagnostics/codes.ts`).toBeDefined();
    const { exit, text } = await runCommandCase(code, spec);
    const want = spec.exit ?? (info!.fatal ? 2 : info!.severity === "error" ? 1 : 0);
    expect(exit, text).toBe(want);
    expect(text, `the output does not name ${code}`).toMatch(new RegExp(`(?<![\\w/-])${code.replace("/", "\\/")}(?![\\w-])`, "u"));
    expectGolden(join(dir, "expected.txt"), text);
  });
});
