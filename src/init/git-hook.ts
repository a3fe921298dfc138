// Where the pre-commit hook goes in a git repository. `git rev-parse --git-path` answers for
// worktrees and core.hooksPath too; without git, a plain .git folder is enough to find it.

import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { readScaffold } from "./render-scaffold.js";

export function isGitRepository(dir: string): boolean {
  return existsSync(join(dir, ".git"));
}

export function hookPath(dir: string): string | undefined {
  if (!isGitRepository(dir)) return undefined;
  try {
    const p = execFileSync("git", ["rev-parse", "--git-path", "hooks/pre-commit"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (p) return isAbsolute(p) ? p : join(dir, p);
  } catch {
    // git not installed or not a work tree: fall back to the usual place
  }
  const gitDir = join(dir, ".git");
  return statSync(gitDir).isDirectory() ? join(gitDir, "hooks", "pre-commit") : undefined;
}

export function hookScript(): string {
  return readScaffold("pre-commit");
}
