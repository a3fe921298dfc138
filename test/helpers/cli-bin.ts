// The CLI as it ships: bin/cai-cach.js starting the bundle dist/cli/main.cjs. The suite's global
// setup (test/helpers/global-setup.ts) rebuilds that bundle once before any test file runs, so
// tests that need a separate process (kill, closed pipe, determinism) run the current sources
// through the real entry point, and no test file builds on its own (no two builds can race).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const CLI_BIN = join(REPO, "bin", "cai-cach.js");
export const SHIPPED_BUNDLE = join(REPO, "dist", "cli", "main.cjs");

/** Path of bin/cai-cach.js; fails when the global setup has not bundled the CLI. */
export function cliBin(): string {
  if (!existsSync(SHIPPED_BUNDLE))
    throw new Error(`${SHIPPED_BUNDLE} is missing: run the tests through vitest (its global setup bundles the CLI)`);
  return CLI_BIN;
}
