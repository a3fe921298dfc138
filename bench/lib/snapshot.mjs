// The bench measures one build from start to end: it copies the package as published (bin, dist,
// schemas, templates, package.json — the "files" of package.json) into its temporary folder and
// links node_modules. Others may rebuild dist/ while a long run is under way; without the copy, a
// run would measure half-written files or two different builds.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const PARTS = ["bin", "dist", "schemas", "templates", "package.json"];

/** Returns the snapshot's CLI path, or undefined with a reason when dist/ is absent or broken. */
export function snapshotPackage(repo, tmp, attempts = 3) {
  if (!existsSync(join(repo, "dist/cli/main.cjs"))) return { reason: "dist/ not built (npm run build)" };
  const dir = join(tmp, "package");
  for (let i = 0; i < attempts; i++) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const part of PARTS) if (existsSync(join(repo, part))) cpSync(join(repo, part), join(dir, part), { recursive: true });
    symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"), "dir");
    const cli = join(dir, "bin/cai-cach.js");
    // Every command module loads at start-up: --help fails if the copy caught a file mid-write.
    const probe = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
    if (probe.status === 0) return { cli, help: probe.stdout };
    spawnSync("sleep", ["5"]);
  }
  return { reason: "dist/ does not load (a build in progress, or broken): cai-cach --help fails" };
}
