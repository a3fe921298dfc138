// A running `cai-cach preview` for tests: a copy of the repository's sample project in a temp
// folder, the CLI started in-process through main() with a fake Io whose signals the test
// fires, and its address read from what it printed.
import { EventEmitter } from "node:events";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main.js";

const REPO = join(import.meta.dirname, "../../..");

export interface PreviewRun {
  root: string;
  url: string;
  output(): string;
  /** Sends SIGTERM and waits for the command to end: its exit code. */
  stop(): Promise<number>;
}

export function sampleProject(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-preview-"));
  mkdirSync(join(root, ".git"));
  for (const p of ["plans/plan-2022.yaml", "logs", "cai-cach.config.yaml"]) cpSync(join(REPO, p), join(root, p), { recursive: true });
  return root;
}

export async function startPreview(root: string, args: string[] = [], env: Record<string, string> = {}): Promise<PreviewRun> {
  let out = "";
  const signals = new EventEmitter();
  const write = (s: string): boolean => {
    out += s;
    return true;
  };
  const done = main(["preview", ...args], { stdout: { write }, stderr: { write }, cwd: root, env: { NO_COLOR: "1", ...env }, signals });
  const deadline = Date.now() + 30_000;
  let url: string | undefined;
  while (!url) {
    url = /Xem trước: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
    if (!url && Date.now() > deadline) throw new Error(`preview did not start:\n${out}`);
    if (!url) await new Promise((r) => setTimeout(r, 50));
  }
  return {
    root,
    url,
    output: () => out,
    stop: async () => {
      signals.emit("SIGTERM");
      const code = await done;
      rmSync(root, { recursive: true, force: true });
      return code;
    },
  };
}
