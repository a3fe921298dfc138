// The workflow shipped to agencies (.github/workflows/cai-cach.yml, copied by `init`): its shape,
// and its own steps run on a temporary git repository with a real edit history. The git step
// ("Tìm các kế hoạch đã thay đổi") runs as bash exactly as written; the cai-cach commands it then
// runs are executed in-process with the same arguments.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../diff/run-cli.js";
import { edited2022 } from "../diff/edit-2022.js";

const ROOT = join(import.meta.dirname, "..", "..");
const WORKFLOW = join(ROOT, ".github/workflows/cai-cach.yml");
const workflow = parse(readFileSync(WORKFLOW, "utf8"));
const steps: { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] =
  workflow.jobs["cai-cach"].steps;
const step = (name: string) => steps.find((s) => s.name === name)!;

describe("the workflow file", () => {
  it("is the one init copies, and the hook is the one init installs", () => {
    expect(readFileSync(WORKFLOW, "utf8")).toBe(readFileSync(join(ROOT, "templates/init/workflow.yml"), "utf8"));
    expect(readFileSync(join(ROOT, "hooks/pre-commit"), "utf8")).toBe(readFileSync(join(ROOT, "templates/init/pre-commit"), "utf8"));
  });

  it("runs on pull requests and pushes touching plans, logs, templates and schemas", () => {
    for (const event of ["pull_request", "push"]) {
      expect(workflow.on[event].paths).toEqual(expect.arrayContaining(["plans/**", "logs/**", "templates/**", "schemas/**"]));
    }
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it("installs the pinned cai-cach with npm ci on the current Node LTS, checks with annotations, writes the diff to the job summary, uploads the documents", () => {
    expect(steps.find((s) => s.uses?.startsWith("actions/setup-node"))?.with).toEqual({ "node-version": "lts/*" });
    const install = steps.find((s) => s.name?.startsWith("Cài cai-cach"))!.run!;
    expect(install).toContain("npm ci");
    expect(install).not.toMatch(/npm install --global|cai-cach@/);
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout"))?.with).toEqual({ "fetch-depth": 0 });
    expect(step("Kiểm tra kế hoạch và nhật ký").run).toContain("cai-cach check --format github");
    expect(step("Tóm tắt thay đổi cho người duyệt").run).toContain('cai-cach diff "$BASE" "$plan" >> "$GITHUB_STEP_SUMMARY"');
    expect(step("Xuất văn bản DOCX và PDF").run).toContain("cai-cach render --out out");
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-artifact"))?.with).toMatchObject({ path: "out/" });
  });

  it("passes event data through env, never pasted into the script", () => {
    for (const s of steps) expect(s.run ?? "").not.toContain("${{");
  });
});

describe("the workflow's steps on a repository with an edit history", () => {
  let repo: string;
  let runnerTemp: string;
  let base: string;
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), "cai-cach-wf-"));
    runnerTemp = mkdtempSync(join(tmpdir(), "cai-cach-runner-"));
    expect(
      (
        await runCli(
          ["init", "--agency", "Sở Văn hóa, Thể thao và Du lịch", "--abbreviation", "SVHTTDL", "--place", "Đồng Nai", "--no-lock"],
          repo,
          {
            SOURCE_DATE_EPOCH: String(Date.UTC(2022, 0, 3) / 1000),
          },
        )
      ).code,
    ).toBe(0);
    const { before } = edited2022();
    writeFileSync(join(repo, "plans/plan-2022.yaml"), before);
    git("init", "-q", "-b", "main");
    git("config", "user.email", "vt@example.org");
    git("config", "user.name", "Văn thư");
    git("add", ".");
    git("commit", "-q", "-m", "Khởi tạo");
    base = git("rev-parse", "HEAD");
    // The pull request: the 2022 plan edited, the README touched (not a plan).
    writeFileSync(join(repo, "plans/plan-2022.yaml"), edited2022().after);
    writeFileSync(join(repo, "README.md"), "sửa\n");
    git("commit", "-q", "-am", "Sửa kế hoạch 2022");
  });

  function findChanged(env: Record<string, string>): { changed: string[]; base: string } {
    const githubEnv = join(runnerTemp, "github-env");
    writeFileSync(githubEnv, "");
    execFileSync("bash", ["-e", "-c", step("Tìm các kế hoạch đã thay đổi").run!], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, RUNNER_TEMP: runnerTemp, GITHUB_ENV: githubEnv, ...env },
    });
    return {
      changed: readFileSync(join(runnerTemp, "changed-plans.txt"), "utf8").split("\n").filter(Boolean),
      base: /^BASE=(.*)$/m.exec(readFileSync(githubEnv, "utf8"))![1],
    };
  }

  it("finds only the edited plan of a pull request, against its base", () => {
    const found = findChanged({ EVENT: "pull_request", PR_BASE: base, PUSH_BEFORE: "" });
    expect(found).toEqual({ changed: ["plans/plan-2022.yaml"], base });
  });

  it("treats every plan as new on a branch's first push (no previous commit)", () => {
    const found = findChanged({ EVENT: "push", PR_BASE: "", PUSH_BEFORE: "0".repeat(40) });
    expect(found).toEqual({ changed: ["plans/plan-2022.yaml"], base: "" });
  });

  it("then: the diff for the job summary, the check with annotations, the render for the artifacts", async () => {
    const { changed, base: b } = findChanged({ EVENT: "pull_request", PR_BASE: base, PUSH_BEFORE: "" });
    for (const plan of changed) {
      const diff = await runCli(["diff", b, plan], repo);
      expect(diff.code).toBe(0);
      expect(diff.stdout).toContain("| Số văn bản | 175 | 176 |");
      expect(diff.stdout).toContain("(`ht-podcast`)");
    }
    const check = await runCli(["check", "--format", "github"], repo);
    expect(check.stderr).toBe("");
    expect(check.stdout).not.toContain("::error");
    expect(check.code).toBe(0);
    const render = await runCli(["render", "--out", "out", ...changed], repo);
    expect(render.code).toBe(0);
    const out = readdirSync(join(repo, "out"));
    expect(out.some((f) => f.endsWith(".docx"))).toBe(true);
    expect(out.some((f) => f.endsWith(".pdf"))).toBe(true);
  });

  it("annotates the line of a defect introduced by the next commit", async () => {
    const file = join(repo, "plans/plan-2022.yaml");
    const text = readFileSync(file, "utf8").replace("deadline: 2022-10-31", "deadline: 2022-02-30");
    writeFileSync(file, text);
    git("commit", "-q", "-am", "Sai ngày");
    const line = text.split("\n").findIndex((l) => l.includes("2022-02-30")) + 1;
    const check = await runCli(["check", "--format", "github"], repo);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(new RegExp(`^::error file=plans/plan-2022\\.yaml,line=${line},`, "m"));
  });
});

describe("the summary loops of GitHub and of the GitLab equivalent in docs/ci.md", () => {
  // A stand-in cai-cach that prints the arguments it was given, to see what the loops call.
  function shimDir(): string {
    const bin = mkdtempSync(join(tmpdir(), "cai-cach-shim-"));
    writeFileSync(join(bin, "cai-cach"), '#!/bin/sh\nprintf "cai-cach"; for a in "$@"; do printf " [%s]" "$a"; done; echo\n', {
      mode: 0o755,
    });
    return bin;
  }

  it("GitHub: one diff per changed plan into the job summary, names with spaces kept whole", () => {
    const temp = mkdtempSync(join(tmpdir(), "cai-cach-runner-"));
    writeFileSync(join(temp, "changed-plans.txt"), "plans/plan-2022.yaml\nplans/ke hoach 2023.yaml\n");
    const summary = join(temp, "summary.md");
    execFileSync("bash", ["-e", "-c", step("Tóm tắt thay đổi cho người duyệt").run!], {
      cwd: temp,
      env: { ...process.env, PATH: `${shimDir()}:${process.env.PATH}`, RUNNER_TEMP: temp, GITHUB_STEP_SUMMARY: summary, BASE: "abc123" },
    });
    expect(readFileSync(summary, "utf8")).toBe(
      "cai-cach [diff] [abc123] [plans/plan-2022.yaml]\n\ncai-cach [diff] [abc123] [plans/ke hoach 2023.yaml]\n\n",
    );
  });

  it("GitLab: the job's script parses, and runs diff, check and render on a repository's edit", () => {
    const doc = readFileSync(join(ROOT, "docs/ci.md"), "utf8");
    const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1])).find((y) => y?.["cai-cach"]?.script);
    expect(block).toBeDefined();
    const job = block["cai-cach"];
    expect(job.image).toBe("node:lts");
    expect(job.before_script).toEqual(expect.arrayContaining(["npm ci"]));
    expect(job.artifacts.reports.junit).toBe("cai-cach-junit.xml");
    const repo = mkdtempSync(join(tmpdir(), "cai-cach-gl-"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
    git("init", "-q", "-b", "main");
    git("config", "user.email", "vt@example.org");
    git("config", "user.name", "Văn thư");
    execFileSync("mkdir", ["-p", join(repo, "plans")]);
    writeFileSync(join(repo, "plans/plan-2022.yaml"), "a\n");
    git("add", ".");
    git("commit", "-q", "-m", "1");
    const base = git("rev-parse", "HEAD");
    writeFileSync(join(repo, "plans/plan-2022.yaml"), "b\n");
    git("commit", "-q", "-am", "2");
    const out = execFileSync("bash", ["-e", "-c", job.script.join("\n")], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, PATH: `${shimDir()}:${process.env.PATH}`, CI_MERGE_REQUEST_DIFF_BASE_SHA: base },
    });
    expect(readFileSync(join(repo, "tom-tat-thay-doi.md"), "utf8")).toBe(`cai-cach [diff] [${base}] [plans/plan-2022.yaml]\n`);
    expect(readFileSync(join(repo, "cai-cach-junit.xml"), "utf8")).toBe("cai-cach [check] [--format] [junit]\n");
    expect(out).toBe("cai-cach [check]\ncai-cach [render] [--out] [out] [plans/plan-2022.yaml]\n");
  });
});
