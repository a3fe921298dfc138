// The project root: the nearest folder, from cwd upward, holding cai-cach.config.yaml or .git;
// cwd itself when there is none. Outputs (out/), plans/ and the user's templates/ live there.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function projectRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, "cai-cach.config.yaml")) || existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}
