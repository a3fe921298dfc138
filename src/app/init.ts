// `cai-cach init` as a library call: computes the scaffold, refuses if any target exists,
// writes everything, and installs the pre-commit hook when the folder is a git repository.
// `hooksOnly` installs just the hook (each clerk, after cloning the agency's repository).

import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { loadAndCheckPlan } from "../check/check-plan-file.js";
import { hookPath, hookScript } from "../init/git-hook.js";
import { scaffold, type ScaffoldOptions } from "../init/scaffold.js";
import { existingFiles, writeAll, type ScaffoldFile } from "../init/write-files.js";
import { checkNameOptions } from "../init/check-options.js";
import { causeText, systemCause } from "../util/system-error.js";
import { leavesFolder } from "../util/leaves-folder.js";

export interface InitOptions extends Omit<ScaffoldOptions, "dir" | "from"> {
  cwd: string;
  /** Target folder as the user typed it ("." by default). */
  dir: string;
  /** Last year's plan, as a path. */
  from?: string;
  hooksOnly?: boolean;
}

export interface InitDone {
  /** Paths written, relative to cwd. */
  written: string[];
  notes: string[];
}

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
  const { files, notes } = await scaffold({ ...opts, dir, from });
  if (hook) files.push(hook);
  else
    notes.push("Thư mục chưa là kho git: sau khi chạy git init, chạy cai-cach init --hooks để cài bước kiểm tra trước khi lưu (commit).");
  return finish(files, notes, show);

  function finish(files: ScaffoldFile[], notes: string[], show: (p: string) => string): Result<InitDone> {
    const clashes = existingFiles(files, opts.cwd);
    if (clashes.length) return { diagnostics: clashes };
    try {
      writeAll(files);
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
    return { value: { written: files.map((f) => show(f.path)), notes }, diagnostics: [] };
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
