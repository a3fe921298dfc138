// One fixture folder per diagnostic code (test/fixtures/check/<code>/): input.yaml (or args.txt
// naming what to check), expected.txt = the exact stdout of `cai-cach check` (stylish, no
// colour). UPDATE_GOLDEN=1 rewrites expected.txt — review the diff before committing (test/README.md).
// That every code has a fixture somewhere is test/diagnostics/registry.test.ts.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, lstatSync } from "node:fs";
import { join, relative } from "node:path";
import { main } from "../../src/cli/main.js";
import { codeInfo } from "../../src/diagnostics/codes.js";
import { fakeIo } from "../cli/fake-io.js";
import { expectGolden } from "../helpers/golden.js";

const ROOT = join(import.meta.dirname, "../fixtures/check");

function fixtureDirs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const d = join(dir, e.name);
    if (existsSync(join(d, "expected.txt")) || existsSync(join(d, "args.txt")) || isEntry(join(d, "input.yaml"))) out.push(d);
    else out.push(...fixtureDirs(d));
  }
  return out;
}

function isEntry(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

const fixtures = fixtureDirs(ROOT).map((dir) => ({ dir, code: relative(ROOT, dir).split("\\").join("/") }));

describe("diagnostic fixtures", () => {
  it.each(fixtures)("$code", async ({ dir, code }) => {
    const argsFile = join(dir, "args.txt");
    const args = existsSync(argsFile) ? readFileSync(argsFile, "utf8").split(/\s+/).filter(Boolean) : ["input.yaml"];
    const io = fakeIo({ cwd: dir });
    const exit = await main(["check", ...args], io);
    const info = codeInfo(code);
    expect(info, `fixture folder ${code} names no code in codes.ts`).toBeDefined();
    expect(exit).toBe(info!.fatal ? 2 : info!.severity === "error" ? 1 : 0);
    expect(io.out()).toContain(`  ${code}\n`);
    expectGolden(join(dir, "expected.txt"), io.out());
  });
});
