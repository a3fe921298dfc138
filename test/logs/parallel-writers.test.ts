// Parallel `log add` and `log import` to one log (issue 12): each writer is a separate process
// running bin/cai-cach.js, all started at once. Without the log's lock, writers read the same
// old file and the last rename wins (3-6 of 20 entries survived); with it every entry is kept.
// A lock left by a killed process (an old ".tchc.yaml.lock" folder) is taken over.
import { execFile, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { cliBin, REPO } from "../helpers/cli-bin.js";

const WRITERS = 20;
const PAUSE_HOOK = fileURLToPath(new URL("../helpers/pause-at.mjs", import.meta.url));
const roots: string[] = [];

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-parallel-"));
  roots.push(root);
  mkdirSync(join(root, ".git"));
  mkdirSync(join(root, "plans"));
  copyFileSync(join(REPO, "plans", "plan-2022.yaml"), join(root, "plans", "plan-2022.yaml"));
  return root;
}

function run(root: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [cliBin(), ...args], { cwd: root, env: { ...process.env, NO_COLOR: "1" } }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 70) : 0, output: `${stdout}${stderr}` });
    });
  });
}

const add = (root: string, i: number): Promise<{ code: number; output: string }> =>
  run(
    root,
    ["log", "add", "--date", `2022-03-${String((i % 28) + 1).padStart(2, "0")}`, "--item", "ht-cong-thong-tin"].concat([
      "--unit",
      "tchc",
      "--summary",
      `Đăng tin số ${i}`,
      "--quantity",
      "1 tin/bài",
    ]),
  );

const summaries = (text: string): string[] => [...text.matchAll(/summary: (.*)/gu)].map((m) => m[1]!).sort();

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("parallel writers to one log", () => {
  it(`${WRITERS} parallel log add processes keep all ${WRITERS} entries`, async () => {
    const root = project();
    const runs = await Promise.all(Array.from({ length: WRITERS }, (_, i) => add(root, i)));
    for (const r of runs) expect(r.code, r.output).toBe(0);
    const log = readFileSync(join(root, "logs", "2022", "tchc.yaml"), "utf8");
    expect(summaries(log)).toEqual(Array.from({ length: WRITERS }, (_, i) => `Đăng tin số ${i}`).sort());
    // The lock is gone and no temp file is left beside the log.
    expect(readdirSync(join(root, "logs", "2022"))).toEqual(["tchc.yaml"]);
  }, 120_000);

  it("log import and log add running together keep every entry", async () => {
    const root = project();
    const csv = ["Ngày,Mục kế hoạch,Đơn vị,Nội dung,Số lượng,Đơn vị tính"];
    for (let i = 0; i < 5; i++) csv.push(`0${i + 1}/04/2022,ht-cong-thong-tin,tchc,Nhập số ${i},1,tin/bài`);
    writeFileSync(join(root, "nhap.csv"), `${csv.join("\n")}\n`);
    const runs = await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => add(root, i)),
      run(root, ["log", "import", "nhap.csv", "--into", "logs/2022/tchc.yaml"]),
    ]);
    for (const r of runs) expect(r.code, r.output).toBe(0);
    expect(summaries(readFileSync(join(root, "logs", "2022", "tchc.yaml"), "utf8"))).toHaveLength(10);
  }, 120_000);

  it("a writer killed while it holds the lock: the next one waits for the stale lock, then writes", async () => {
    const root = project();
    const first = await add(root, 1);
    expect(first.code, first.output).toBe(0);
    const log = join(root, "logs", "2022", "tchc.yaml");
    const before = readFileSync(log, "utf8");
    // Held right after it created its temp file, i.e. inside the lock, then SIGKILLed there.
    const held = spawn(
      process.execPath,
      ["--import", PAUSE_HOOK, cliBin(), "log", "add", "--date", "2022-03-02"].concat([
        "--item",
        "ht-cong-thong-tin",
        "--unit",
        "tchc",
        "--summary",
        "Bị dừng giữa chừng",
      ]),
      {
        cwd: root,
        env: { ...process.env, NO_COLOR: "1", CAI_CACH_TEST_PAUSE: "open:^\\.tchc\\.yaml\\..*\\.tmp$" },
      },
    );
    await new Promise<void>((paused, failed) => {
      let err = "";
      held.stderr.on("data", (chunk: Buffer) => {
        err += chunk.toString();
        if (/^paused at /mu.test(err)) paused();
      });
      held.on("exit", () => failed(new Error(`log add ended before the pause point:\n${err}`)));
    });
    held.kill("SIGKILL");
    expect(readdirSync(join(root, "logs", "2022"))).toContain(".tchc.yaml.lock");
    const started = Date.now();
    const next = await add(root, 2);
    expect(next.code, next.output).toBe(0);
    // It waited for the lock to go stale (10 s without a refresh) rather than breaking it at once.
    expect(Date.now() - started).toBeGreaterThan(3_000);
    expect(readFileSync(log, "utf8").startsWith(before)).toBe(true);
    expect(summaries(readFileSync(log, "utf8"))).toEqual(["Đăng tin số 1", "Đăng tin số 2"]);
  }, 90_000);

  it("a lock left by a killed process is taken over", async () => {
    const root = project();
    const lock = join(root, "logs", "2022", ".tchc.yaml.lock");
    mkdirSync(lock, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const r = await add(root, 1);
    expect(r.code, r.output).toBe(0);
    expect(summaries(readFileSync(join(root, "logs", "2022", "tchc.yaml"), "utf8"))).toEqual(["Đăng tin số 1"]);
    expect(readdirSync(join(root, "logs", "2022"))).toEqual(["tchc.yaml"]);
  }, 60_000);
});
