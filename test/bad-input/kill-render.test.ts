// A render killed with SIGKILL at several moments — early, part-way, and mid-write — never leaves a
// partial file under an output's name: out/ holds the complete previous file or the complete new
// one. src/util/atomic-write.ts promises exactly that (temp file ".<name>.<pid>.<n>.tmp" in the
// same folder, fsync, rename); a SIGKILL cannot run its clean-up, so a temp file with that naming
// may stay behind, and nothing else may.
//
// The mid-write moments are exact, not raced: the process is held (helpers/pause-at.mjs) right
// after it creates a temp file, or right before it renames one into place, and killed there. A
// kill sent when a watcher sees the temp file appear could land after the rename on a busy
// machine, and then no run was stopped mid-write at all: the test failed now and then.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliBin } from "../helpers/cli-bin.js";
import { largePlanText } from "../helpers/large-plan.js";
import { completeOutputProblem } from "../helpers/output-files.js";

const OUTPUTS = ["ke-hoach.docx", "ke-hoach.pdf"];
const TEMP = /^\.ke-hoach\.(docx|pdf)\.(\d+)\.\d+\.tmp$/u;
const PAUSE_HOOK = fileURLToPath(new URL("../helpers/pause-at.mjs", import.meta.url));

let bin: string;
let root: string;

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  pid: number;
  /** The process reached the point it was held at (and was killed there). */
  paused: boolean;
}

interface Kill {
  afterMs?: number;
  /** Hold the process right after it creates ("open") or right before it renames a file named so. */
  pause?: { at: "open" | "rename"; name: RegExp };
}

/** Runs `render`; kills it after `afterMs`, or where it is held by `pause`. */
function render(cwd: string, kill?: Kill): Promise<Ended> {
  return new Promise((resolve, reject) => {
    mkdirSync(join(cwd, "out"), { recursive: true });
    const pause = kill?.pause;
    const child = spawn(process.execPath, [...(pause ? ["--import", PAUSE_HOOK] : []), bin, "render", "plans/ke-hoach.yaml"], {
      cwd,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NO_COLOR: "1", ...(pause ? { CAI_CACH_TEST_PAUSE: `${pause.at}:${pause.name.source}` } : {}) },
    });
    const stop = (): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    };
    let paused = false;
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
      if (pause && !paused && /^paused at /mu.test(stderr)) {
        paused = true;
        stop();
      }
    });
    const timer = kill?.afterMs !== undefined ? setTimeout(stop, kill.afterMs) : undefined;
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, pid: child.pid!, paused });
    });
  });
}

const outBytes = (dir: string): Map<string, Buffer> =>
  new Map(OUTPUTS.filter((n) => existsSync(join(dir, n))).map((n) => [n, readFileSync(join(dir, n))]));

describe("render killed mid-write", () => {
  let previous: Map<string, Buffer>;
  let next: Map<string, Buffer>;
  let fullMs: number;

  beforeAll(async () => {
    bin = cliBin();
    root = mkdtempSync(join(tmpdir(), "cai-cach-kill-"));
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "plans"));
    // The previous version, rendered in full: what out/ holds before the interrupted runs.
    writeFileSync(join(root, "plans", "ke-hoach.yaml"), largePlanText(10, "Thông tin, tuyên truyền cải cách hành chính năm 2022 (bản cũ)"));
    const first = await render(root);
    expect(first.code).toBe(0);
    previous = outBytes(join(root, "out"));
    expect([...previous.keys()]).toEqual(OUTPUTS);
    // The new version, rendered in full elsewhere: what a finished run would write.
    const other = mkdtempSync(join(tmpdir(), "cai-cach-kill-next-"));
    mkdirSync(join(other, ".git"));
    mkdirSync(join(other, "plans"));
    writeFileSync(join(other, "plans", "ke-hoach.yaml"), largePlanText(10));
    const started = Date.now();
    expect((await render(other)).code).toBe(0);
    fullMs = Date.now() - started;
    next = outBytes(join(other, "out"));
    rmSync(other, { recursive: true, force: true });
    writeFileSync(join(root, "plans", "ke-hoach.yaml"), largePlanText(10));
  }, 300_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** After a kill: each output is whole (the old or the new bytes); stray files only with temp naming. */
  async function expectNoPartialOutput(killed: Ended, moment: string, fresh = false): Promise<void> {
    const outDir = join(root, "out");
    for (const name of readdirSync(outDir)) {
      if (OUTPUTS.includes(name)) {
        const bytes = readFileSync(join(outDir, name));
        expect(await completeOutputProblem(name, bytes), `${moment}: out/${name} is partial`).toBeUndefined();
        const whole = (!fresh && bytes.equals(previous.get(name)!)) || bytes.equals(next.get(name)!);
        expect(whole, `${moment}: out/${name} is neither the previous nor the new complete file`).toBe(true);
      } else {
        expect(name, `${moment}: unexpected file in out/`).toMatch(TEMP);
        expect(Number(TEMP.exec(name)![2]), `${moment}: a temp file left by a process that was not killed`).toBe(killed.pid);
      }
    }
    if (!fresh) for (const name of OUTPUTS) expect(existsSync(join(outDir, name)), `${moment}: out/${name} vanished`).toBe(true);
  }

  it("killed at several moments, out/ never holds a partial file", async () => {
    const docxTemp = /^\.ke-hoach\.docx\..*\.tmp$/u;
    const pdfTemp = /^\.ke-hoach\.pdf\..*\.tmp$/u;
    const moments: { label: string; kill: Kill; fresh?: boolean }[] = [
      // First render into an empty out/: afterwards there is no output file or a whole one.
      { label: "first render, the instant the PDF temp file is created", kill: { pause: { at: "open", name: pdfTemp } }, fresh: true },
      { label: "at once", kill: { afterMs: 0 } },
      { label: "30% of a full run", kill: { afterMs: Math.round(fullMs * 0.3) } },
      { label: "60% of a full run", kill: { afterMs: Math.round(fullMs * 0.6) } },
      { label: "85% of a full run", kill: { afterMs: Math.round(fullMs * 0.85) } },
      { label: "the instant the DOCX temp file is created", kill: { pause: { at: "open", name: docxTemp } } },
      { label: "the instant the PDF temp file is created", kill: { pause: { at: "open", name: pdfTemp } } },
      { label: "between the DOCX's rename and the PDF's", kill: { pause: { at: "rename", name: pdfTemp } } },
    ];
    for (const m of moments) {
      if (m.fresh) for (const name of OUTPUTS) rmSync(join(root, "out", name), { force: true });
      const ended = await render(root, m.kill);
      if (m.kill.pause) {
        // Held mid-write, then killed: a temp file is there, and the outputs are still whole.
        expect(ended.paused, `${m.label}: render never reached that point (does it still write through temp files?)`).toBe(true);
        expect(ended.signal, m.label).toBe("SIGKILL");
        expect(
          readdirSync(join(root, "out")).some((n) => TEMP.test(n)),
          `${m.label}: no temp file left`,
        ).toBe(true);
      } else if (ended.signal === null) expect(ended.code, m.label).toBe(0);
      // A run may finish before its moment comes (then it must have succeeded).
      else expect(ended.signal, m.label).toBe("SIGKILL");
      await expectNoPartialOutput(ended, m.label, m.fresh);
      // Start the next moment from the previous version again.
      for (const [name, bytes] of previous) writeFileSync(join(root, "out", name), bytes);
      for (const name of readdirSync(join(root, "out"))) if (TEMP.test(name)) rmSync(join(root, "out", name));
    }

    // A later run completes normally over whatever was left.
    const last = await render(root);
    expect(last.code).toBe(0);
    expect(outBytes(join(root, "out"))).toEqual(next);
    expect(readdirSync(join(root, "out")).sort()).toEqual(OUTPUTS);
  }, 600_000);
});
