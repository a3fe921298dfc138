// `cai-cach init` as a library call: computes the scaffold and writes what is missing (an
// existing file is kept and named; `force` replaces it), installs the pre-commit hook when the
// folder is a git repository, pins cai-cach in package.json (package-source.ts) and lets npm
// write package-lock.json, so `npm ci` installs the same version everywhere.
// `hooksOnly` installs just the hook (each clerk, after cloning the agency's repository).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { loadAndCheckPlan } from "../check/check-plan-file.js";
import { hookPath, hookScript } from "../init/git-hook.js";
import { scaffold, type ScaffoldOptions } from "../init/scaffold.js";
import { partitionExisting, writeAll, type ScaffoldFile } from "../init/write-files.js";
import { checkNameOptions } from "../init/check-options.js";
import { packageSource } from "../init/package-source.js";
import { writeLockfile } from "../init/agency-package.js";
import { causeText, systemCause } from "../util/system-error.js";
import { leavesFolder } from "../util/leaves-folder.js";

export interface InitOptions extends Omit<ScaffoldOptions, "dir" | "from" | "source" | "hasPlans"> {
  cwd: string;
  /** Target folder as the user typed it ("." by default). */
  dir: string;
  /** Last year's plan, as a path. */
  from?: string;
  hooksOnly?: boolean;
  /** Replace files that exist. */
  force?: boolean;
  /** cai-cach's source: a tarball made by npm pack, or a git URL; neither: the running cai-cach packed. */
  fromTarball?: string;
  fromGit?: string;
  /** Write package-lock.json with npm (needs the npm registry); default true. */
  lock?: boolean;
}

export interface InitDone {
  /** Paths written, relative to cwd. */
  written: string[];
  /** Paths that existed and were kept. */
  kept: string[];
  notes: string[];
}

const hasPlanFiles = (dir: string): boolean => {
  try {
    return readdirSync(join(dir, "plans")).some((f) => /\.ya?ml$/i.test(f));
  } catch {
    return false;
  }
};

export async function initRepository(opts: InitOptions): Promise<Result<InitDone>> {
  const dir = resolve(opts.cwd, opts.dir);
  // Relative to where the user stands, unless that means climbing out of it.
  const show = (p: string) => {
    const rel = relative(opts.cwd, p);
    return rel === "" ? "." : leavesFolder(rel) ? p : rel;
  };
  const hook = hookFile(dir);
  if (opts.hooksOnly) {
    if (!hook) return { diagnostics: [notARepository(show(dir))] };
    if (existsSync(hook.path) && readFileSync(hook.path, "utf8") !== hook.content && !opts.force)
      return { diagnostics: [otherHook(show(hook.path))] };
    return finish([hook], [], show);
  }
  const badNames = checkNameOptions(opts);
  if (badNames.length) return { diagnostics: badNames };
  let from: ScaffoldOptions["from"];
  if (opts.from) {
    const loaded = (await loadAndCheckPlan(opts.from, { cwd: opts.cwd })).result;
    if (!loaded.value) return { diagnostics: loaded.diagnostics.filter((d) => d.severity === "error") };
    from = {
      plan: loaded.value,
      text: readFileSync(resolve(opts.cwd, opts.from), "utf8").replace(/^\uFEFF/, ""),
      name: opts.from.split("\\").join("/"),
    };
  }
  const source = await packageSource({ tarball: opts.fromTarball, git: opts.fromGit, cwd: opts.cwd });
  if (!source.value) return { diagnostics: source.diagnostics };
  const hasPlans = hasPlanFiles(dir);
  const { files, notes } = await scaffold({ ...opts, dir, from, source: source.value, hasPlans });
  if (hasPlans) notes.push("Kho đã có kế hoạch trong plans/ nên không tạo kế hoạch mẫu; tạo kế hoạch năm sau bằng cai-cach new-year.");
  if (hook) {
    // Someone else's hook is never replaced without --force; ours is simply kept.
    if (existsSync(hook.path) && readFileSync(hook.path, "utf8") !== hook.content && !opts.force)
      notes.push(`Đã có một bước kiểm tra trước khi lưu khác (${show(hook.path)}): giữ nguyên; thay bằng cai-cach init --hooks --force.`);
    else files.push(hook);
  } else
    notes.push("Thư mục chưa là kho git: sau khi chạy git init, chạy cai-cach init --hooks để cài bước kiểm tra trước khi lưu (commit).");
  const done = finish(files, notes, show);
  if (!done.value) return done;
  const packageJson = join(dir, "package.json");
  if (
    opts.lock !== false &&
    done.value.written.includes(show(packageJson)) &&
    (opts.force || !existsSync(join(dir, "package-lock.json")))
  ) {
    const lock = await writeLockfile(dir);
    if (lock.ok) done.value.written.push(show(join(dir, "package-lock.json")));
    else
      done.value.notes.push(
        `Chưa tạo được package-lock.json (${lock.why}): khi có mạng, chạy npm install trong thư mục của kho rồi lưu (commit) package-lock.json.`,
      );
  } else if (opts.lock === false && !existsSync(join(dir, "package-lock.json")))
    done.value.notes.push(
      "Chưa có package-lock.json: chạy npm install trong thư mục của kho rồi lưu (commit) tệp đó, để npm ci cài đúng phiên bản trên mọi máy.",
    );
  return done;

  function finish(files: ScaffoldFile[], notes: string[], show: (p: string) => string): Result<InitDone> {
    const { write, kept } = partitionExisting(files, opts.force === true);
    try {
      writeAll(write);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const d: Diagnostic = {
        code: "init/unwritable",
        severity: "error",
        file: e.path ? show(e.path) : show(dir),
        message: `Không ghi được vào "${e.path ? show(e.path) : show(dir)}": ${causeText(e.code)}. Chưa ghi tệp nào.`,
        hint: `${systemCause(e.code).hint} Hoặc khởi tạo vào thư mục khác.`,
      };
      return { diagnostics: [d] };
    }
    return { value: { written: write.map((f) => show(f.path)), kept: kept.map((f) => show(f.path)), notes }, diagnostics: [] };
  }
}

function hookFile(dir: string): ScaffoldFile | undefined {
  const path = existsSync(dir) ? hookPath(dir) : undefined;
  return path ? { path, content: hookScript(), executable: true } : undefined;
}

function notARepository(dir: string): Diagnostic {
  return {
    code: "init/not-a-repository",
    severity: "error",
    file: dir,
    message: `"${dir}" không phải là một kho git nên không cài được bước kiểm tra trước khi lưu (pre-commit).`,
    hint: "Chạy lệnh trong thư mục của kho đã sao về (git clone), hoặc tạo kho bằng git init trước.",
  };
}

function otherHook(path: string): Diagnostic {
  return {
    code: "init/file-exists",
    severity: "error",
    file: path,
    message: `Đã có một bước kiểm tra trước khi lưu (pre-commit) khác ở "${path}"; cai-cach không thay nó nên chưa ghi gì.`,
    hint: "Giữ bước cũ, hoặc chạy cai-cach init --hooks --force để thay bằng bước kiểm tra của cai-cach.",
  };
}
