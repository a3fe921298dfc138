// The pipeline's direction (.dependency-cruiser.cjs): a folder of src/ imports only from the
// layers before it, with no cycles. `npm run lint` (the first step of `npm test`) runs it on the
// real sources; this test runs it on a probe project where load/ imports check/, to show that such
// an import really fails the build.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const REPO = resolve(".");
const DEPCRUISE = join(REPO, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

function cruise(cwd: string): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [DEPCRUISE, "--config", join(REPO, ".dependency-cruiser.cjs"), "src"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, output };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

describe("import direction", () => {
  it("fails when a file in load/ imports from check/", () => {
    const dir = mkdtempSync(join(tmpdir(), "cai-cach-layers-"));
    copyFileSync(join(REPO, "tsconfig.json"), join(dir, "tsconfig.json"));
    for (const folder of ["load", "check"]) mkdirSync(join(dir, "src", folder), { recursive: true });
    writeFileSync(join(dir, "src/check/rule.ts"), "export const rule = 1;\n");
    writeFileSync(join(dir, "src/load/load.ts"), 'import { rule } from "../check/rule.js";\nexport const loaded = rule;\n');
    const run = cruise(dir);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain("no-backward-from-load");
    expect(run.output).toContain("src/load/load.ts → src/check/rule.ts");
  });
});
