// `cai-cach check | head`: the reader closes the pipe before cai-cach has written. The CLI must
// finish its work and exit with its own code, quietly: no unhandled EPIPE with a stack trace.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliBin } from "../helpers/cli-bin.js";
import { stackTraceIn } from "../helpers/cli-run.js";

let bin: string;
let root: string;

/** Runs the CLI with its stdout pipe closed at once; resolves with the exit code and stderr. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("stdout closed by the reader", () => {
  beforeAll(() => {
    bin = cliBin();
    root = mkdtempSync(join(tmpdir(), "cai-cach-epipe-"));
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "plans"));
    copyFileSync(join(process.cwd(), "plans", "plan-2022.yaml"), join(root, "plans", "plan-2022.yaml"));
  }, 300_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("check of a clean plan still exits 0, without a stack trace", async () => {
    const r = await runWithClosedStdout(["check"]);
    expect(stackTraceIn(r.stderr), r.stderr).toBeUndefined();
    expect(r.code).toBe(0);
  }, 120_000);

  it("check of a plan with problems still exits 1, without a stack trace", async () => {
    writeFileSync(join(root, "plans", "hong.yaml"), "type: KH\nnumber: [\n");
    try {
      const r = await runWithClosedStdout(["check"]);
      expect(stackTraceIn(r.stderr), r.stderr).toBeUndefined();
      expect(r.code).toBe(1);
    } finally {
      rmSync(join(root, "plans", "hong.yaml"));
    }
  }, 120_000);

  it("render still writes its files and exits 0", async () => {
    const r = await runWithClosedStdout(["render", "plan-2022.yaml", "--format", "md"]);
    expect(stackTraceIn(r.stderr), r.stderr).toBeUndefined();
    expect(r.code).toBe(0);
    expect(existsSync(join(root, "out", "plan-2022.md"))).toBe(true);
  }, 120_000);
});
