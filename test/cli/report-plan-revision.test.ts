// `report` uses the plan as it stood at the end of the period (issue 13): in a git repository
// the last commit touching the plan on or before the period's end, recorded in the JSON
// (planRevision) and named in the terminal; the working copy when it holds uncommitted changes
// that may belong to the period, or when no commit precedes the period's end.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";

const PLAN = join("plans", "plan-2022.yaml");

function git(root: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_AUTHOR_DATE: date ?? "", GIT_COMMITTER_DATE: date ?? "" };
  return execFileSync("git", args, { cwd: root, encoding: "utf8", env: date ? env : process.env }).trim();
}

/** A repository whose plan was committed on `date`, with the sample logs. */
function repository(date: string): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-plan-rev-"));
  cpSync(resolve("plans"), join(root, "plans"), { recursive: true });
  cpSync(resolve("logs"), join(root, "logs"), { recursive: true });
  git(root, ["init", "-q"]);
  git(root, ["config", "user.email", "test@example.org"]);
  git(root, ["config", "user.name", "Test"]);
  git(root, ["add", "plans", "logs"]);
  git(root, ["commit", "-q", "-m", "plan", "--no-gpg-sign"], date);
  return root;
}

/** The dialogue's target raised from 2 to 5 buổi in the working copy. */
function raiseTarget(root: string): void {
  const text = readFileSync(join(root, PLAN), "utf8");
  const changed = text.replace("quantities: [{ value: 2, measure: buổi }]", "quantities: [{ value: 5, measure: buổi }]");
  expect(changed).not.toBe(text);
  writeFileSync(join(root, PLAN), changed);
}

async function dialogueTarget(root: string): Promise<{ target: number; revision?: { commit: string; date: string } }> {
  const r = await runCli(["report", "--quarter", "1", "--format", "json"], root);
  expect(r.code, r.stderr).toBe(0);
  const data = JSON.parse(r.stdout);
  const item = data.items.find((i: { id: string }) => i.id === "ht-doi-thoai");
  return { target: item.targets[0].target, revision: data.planRevision };
}

describe("report: the plan at the period's end", () => {
  it("a target changed and committed after Q1 does not change the Q1 report, which names the revision", async () => {
    const root = repository("2022-01-05T09:00:00+07:00");
    const first = git(root, ["rev-parse", "--short=7", "HEAD"]);
    raiseTarget(root);
    git(root, ["commit", "-q", "-am", "raise target", "--no-gpg-sign"], "2022-06-01T09:00:00+07:00");
    const r = await dialogueTarget(root);
    expect(r).toEqual({ target: 2, revision: { commit: first, date: "2022-01-05" } });
    const docs = await runCli(["report", "--quarter", "1", "--format", "md", "--out", "out"], root);
    expect(docs.code, docs.stderr).toBe(0);
    expect(docs.stdout).toContain(`Kế hoạch: plans/plan-2022.yaml theo phiên bản git ${first} (lưu ngày 05/01/2022)`);
  });

  it("uncommitted changes after the last commit, within the period: the working copy", async () => {
    const root = repository("2022-01-05T09:00:00+07:00");
    raiseTarget(root);
    expect(await dialogueTarget(root)).toEqual({ target: 5, revision: undefined });
    const docs = await runCli(["report", "--quarter", "1", "--format", "md", "--out", "out"], root);
    expect(docs.stdout).toContain("Kế hoạch: plans/plan-2022.yaml, bản đang có trong thư mục (tệp có thay đổi chưa lưu vào git).");
  });

  it("no commit before the period's end: the working copy, said so", async () => {
    const root = repository("2022-06-01T09:00:00+07:00");
    expect(await dialogueTarget(root)).toEqual({ target: 2, revision: undefined });
    const docs = await runCli(["report", "--quarter", "1", "--format", "md", "--out", "out", "--plan", PLAN], root);
    expect(docs.stdout).toContain("git chưa lưu phiên bản nào của tệp trước hết ngày");
  });
});
