// The pre-commit hook checks what will be committed (issue 12): the staged version of each plan
// and log, not the working copy. Runs the real hook with the real CLI (bin/cai-cach.js on PATH).
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliBin, REPO } from "../helpers/cli-bin.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repository(): { repo: string; commit: (msg: string) => { code: number; output: string } } {
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-hook-"));
  dirs.push(dir);
  const bin = join(dir, "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "cai-cach"), `#!/bin/sh\nexec "${process.execPath}" "${cliBin()}" "$@"\n`);
  chmodSync(join(bin, "cai-cach"), 0o755);
  const repo = join(dir, "repo");
  mkdirSync(join(repo, "plans"), { recursive: true });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
  git("init", "-q");
  git("config", "user.email", "vt@example.org");
  git("config", "user.name", "Văn thư");
  copyFileSync(join(REPO, "hooks", "pre-commit"), join(repo, ".git", "hooks", "pre-commit"));
  chmodSync(join(repo, ".git", "hooks", "pre-commit"), 0o755);
  copyFileSync(join(REPO, "plans", "plan-2022.yaml"), join(repo, "plans", "plan-2022.yaml"));
  const commit = (msg: string) => {
    try {
      const out = execFileSync("git", ["commit", "-q", "-m", msg], {
        cwd: repo,
        encoding: "utf8",
        stdio: "pipe",
        env: { ...process.env, NO_COLOR: "1", PATH: `${bin}:${process.env.PATH}` },
      });
      return { code: 0, output: out };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, output: `${err.stdout}${err.stderr}` };
    }
  };
  return { repo, commit };
}

const setDate = (repo: string, date: string): void => {
  const path = join(repo, "plans", "plan-2022.yaml");
  writeFileSync(path, readFileSync(path, "utf8").replace(/^date: .*$/mu, `date: ${date}`));
};

describe("the pre-commit hook checks the staged content", () => {
  it("blocks a staged 2022-02-30 even when the working copy is already fixed, naming the file", () => {
    const { repo, commit } = repository();
    setDate(repo, "2022-02-30");
    execFileSync("git", ["add", "plans"], { cwd: repo });
    setDate(repo, "2022-01-27");
    const run = commit("ngày sai");
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain("plans/plan-2022.yaml");
    expect(run.output).toContain("rule/date-invalid");
  }, 60_000);

  it("lets a correct staged plan through even when the working copy is broken", () => {
    const { repo, commit } = repository();
    execFileSync("git", ["add", "plans"], { cwd: repo });
    setDate(repo, "2022-02-30");
    const run = commit("kế hoạch đúng");
    expect(run.code, run.output).toBe(0);
  }, 60_000);

  it("checks a staged log against the staged plan", () => {
    const { repo, commit } = repository();
    mkdirSync(join(repo, "logs", "2022"), { recursive: true });
    writeFileSync(
      join(repo, "logs", "2022", "tchc.yaml"),
      "year: 2022\nunit: tchc\nentries:\n  - date: 2022-03-01\n    items: [khong-co-muc-nay]\n    summary: Đăng tin\n",
    );
    execFileSync("git", ["add", "plans", "logs"], { cwd: repo });
    const run = commit("nhật ký");
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain("logs/2022/tchc.yaml");
    expect(run.output).toContain("log/unknown-item");
  }, 60_000);
});
