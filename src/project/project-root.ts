// The project root: the nearest folder, from cwd upward, holding cai-cach.config.yaml, .git or
// plans/; cwd itself when there is none. Outputs (out/), plans/, logs/ and the user's templates/
// live there. Every command finds it here, so they agree on where a project starts.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function projectRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (["cai-cach.config.yaml", ".git", "plans"].some((name) => existsSync(join(dir, name)))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}
