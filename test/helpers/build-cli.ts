// A private build of the CLI for tests that need a separate process (kill, determinism): tsc
// into a temp folder laid out like the package (dist/, bin/, and links to templates/, schemas/,
// node_modules/), so other helpers rebuilding the shared dist/ at the same time cannot break it.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let built: string | undefined;

/** Path of bin/cai-cach.js of a fresh build of the working tree (built once per test file). */
export function buildCli(): string {
  if (built) return built;
  const repo = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-build-"));
  try {
    execFileSync(
      process.execPath,
      [join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", join(repo, "tsconfig.json"), "--outDir", join(dir, "dist")],
      { stdio: "pipe" },
    );
  } catch {
    // Type errors in files still being written elsewhere do not stop the emit; a missing entry does.
  }
  if (!existsSync(join(dir, "dist", "cli", "main.js"))) throw new Error(`buildCli: tsc emitted no dist/cli/main.js in ${dir}`);
  for (const name of ["templates", "schemas", "node_modules"]) symlinkSync(join(repo, name), join(dir, name));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "cai-cach", type: "module" }));
  mkdirSync(join(dir, "bin"));
  copyFileSync(join(repo, "bin", "cai-cach.js"), join(dir, "bin", "cai-cach.js"));
  built = join(dir, "bin", "cai-cach.js");
  return built;
}
