// Vitest global setup: bundles the CLI once, before any test file runs, exactly as
// `npm run build` does (scripts/bundle-cli.mjs writes dist/cli/main.cjs, which bin/cai-cach.js
// starts). Tests that need a separate process (kill, closed pipe, determinism) then run the
// bundle that ships, never a stale one: every run of the suite rebuilds it from src/. Only the
// bundling step runs here: type-checking is `tsc`'s job, and the generated validators are
// committed sources that a test run must not rewrite.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { REPO, SHIPPED_BUNDLE } from "./cli-bin.js";

export default function setup(): void {
  // The merged Tinos faces in dist/fonts/ (a no-op when they are newer than their inputs).
  execFileSync(process.execPath, [join(REPO, "scripts", "build-fonts.mjs")], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync(process.execPath, [join(REPO, "scripts", "bundle-cli.mjs")], { cwd: REPO, stdio: ["ignore", "inherit", "inherit"] });
  if (!existsSync(SHIPPED_BUNDLE)) throw new Error(`global setup: scripts/bundle-cli.mjs wrote no ${SHIPPED_BUNDLE}`);
}
