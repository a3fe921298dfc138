// The workflow's own commands on a temporary git repository with a real edit history: commit the
// plan, edit it, commit again, then `cai-cach diff HEAD~1 plans/plan.yaml` — as the workflow does
// against the pull request's base — run in-process.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../diff/run-cli.js";
import { edited2022 } from "../diff/edit-2022.js";

let repo: string;
const git = (...args: string[]) =>
  execFileSync("git", args, {
    cwd: repo,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Văn thư",
      GIT_AUTHOR_EMAIL: "vt@example.org",
      GIT_COMMITTER_NAME: "Văn thư",
      GIT_COMMITTER_EMAIL: "vt@example.org",
    },
  });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "cai-cach-git-"));
  mkdirSync(join(repo, "plans"));
  const { before, after } = edited2022();
  git("init", "-q", "-b", "main");
  writeFileSync(join(repo, "plans", "plan.yaml"), before);
  git("add", "plans/plan.yaml");
  git("commit", "-q", "-m", "Kế hoạch 2022");
  writeFileSync(join(repo, "plans", "plan.yaml"), after);
  git("commit", "-q", "-am", "Sửa kế hoạch");
});

describe("diff against a git revision", () => {
  it("summarises the last commit's edit of the plan", async () => {
    const run = await runCli(["diff", "HEAD~1", "plans/plan.yaml"], repo);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("So sánh bản `HEAD~1:plans/plan.yaml` (trước) với bản `plans/plan.yaml` (sau).");
    expect(run.stdout).toContain("| Số văn bản | 175 | 176 |");
    expect(run.stdout).toContain("(`ht-podcast`)");
    expect(run.stdout).toContain("| Kinh phí | 15.000.000 đồng | 25.000.000 đồng |");
  });

  it("works from a sub-folder with the path relative to it", async () => {
    const run = await runCli(["diff", "HEAD~1", "plan.yaml"], join(repo, "plans"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("| Người ký | Lê Kim Bằng | Nguyễn Văn An |");
  });

  it("compares the working copy with HEAD when given only the file", async () => {
    const run = await runCli(["diff", "plans/plan.yaml"], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Không có thay đổi về nội dung");
  });

  it("calls a plan that did not exist at the revision a new plan", async () => {
    const { after } = edited2022();
    writeFileSync(join(repo, "plans", "plan-moi.yaml"), after);
    const run = await runCli(["diff", "HEAD", "plans/plan-moi.yaml"], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("## Kế hoạch mới: Kế hoạch số 176/KH-SVHTTDL");
  });

  it("exits 2 with a Vietnamese diagnostic for an unknown revision", async () => {
    const run = await runCli(["diff", "khong-co-nhanh", "plans/plan.yaml"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("diff/unknown-revision");
    expect(run.stderr).toContain("Không tìm thấy phiên bản");
  });
});

describe("diff with a bare plan name", () => {
  it("finds the plan in plans/ as render does", async () => {
    const run = await runCli(["diff", "HEAD~1", "plan.yaml"], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("So sánh bản `HEAD~1:plans/plan.yaml` (trước) với bản `plans/plan.yaml` (sau).");
  });
});
