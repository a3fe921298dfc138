// The disagreements between commands that the redesign removed (one Project for discovery, the
// check stage run explicitly, one exit-code function, the config's rule levels everywhere). Each
// case failed on the code before the redesign (commit eef7a66) and passes now: commands must
// agree on which files exist and what they mean, or a CI gate built on `check` lets through what
// `report` then rejects.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";

const SEED = readFileSync("plans/plan-2022.yaml", "utf8");

/** A project in a temp folder (.git marks its root) with the given files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-agree-"));
  mkdirSync(join(dir, ".git"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const log = (entries: string): string => `year: 2022\nunit: tchc\nentries:\n${entries}`;
const entry = (item: string, value: number, measure = "video"): string =>
  `  - date: 2022-02-10\n    items: [${item}]\n    summary: Đăng video tuyên truyền\n    quantities:\n      - { value: ${value}, measure: ${measure} }\n`;

/** The figure a report gives an item, from `report --format json`. */
async function reported(dir: string, item: string): Promise<number> {
  const run = await runCli(["report", "--quarter", "1", "--year", "2022", "--format", "json"], dir);
  expect(run.code, run.stderr).toBe(0);
  const data = JSON.parse(run.stdout) as { items: { id: string; period: { quantities: Record<string, number> } }[] };
  const found = data.items.find((i) => i.id === item);
  return Object.values(found?.period.quantities ?? {}).reduce((sum, n) => sum + n, 0);
}

describe("commands agree on which plans exist", () => {
  it("a plan in plans/2022/ that passes check is the plan report uses", async () => {
    const dir = project({ "plans/2022/plan-2022.yaml": SEED, "logs/2022/tchc.yaml": log(entry("ht-video", 3)) });
    expect((await runCli(["check"], dir)).code).toBe(0);
    expect(await reported(dir, "ht-video")).toBe(3);
    const render = await runCli(["render", "plan-2022.yaml", "--format", "md"], dir);
    expect(render.code, render.stderr).toBe(0);
  });
});

describe("commands agree on which logs exist", () => {
  it("a .json log is checked by check and counted by report", async () => {
    const json = JSON.stringify({
      year: 2022,
      unit: "tchc",
      entries: [{ date: "2022-02-10", items: ["ht-video"], summary: "Video", quantities: [{ value: -5, measure: "video" }] }],
    });
    const dir = project({ "plans/plan-2022.yaml": SEED, "logs/2022/extra.json": json });
    const check = await runCli(["check"], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("logs/2022/extra.json");
    expect(check.stdout).toContain("log/negative-quantity");
    expect((await runCli(["report", "--quarter", "1", "--year", "2022", "--format", "json"], dir)).code).toBe(1);
  });

  it("a hidden draft (logs/2022/.nhap.yaml) is neither checked nor counted", async () => {
    const dir = project({
      "plans/plan-2022.yaml": SEED,
      "logs/2022/tchc.yaml": log(entry("ht-video", 3)),
      "logs/2022/.nhap.yaml": log(entry("ht-video", 500)),
    });
    const check = await runCli(["check"], dir);
    expect(check.stdout).toContain("1 nhật ký");
    expect(await reported(dir, "ht-video")).toBe(3);
  });

  it("a symlinked log is checked by check as report reads it", async () => {
    const dir = project({ "plans/plan-2022.yaml": SEED, "shared/chung.yaml": log(entry("ht-video", -1)) });
    mkdirSync(join(dir, "logs/2022"), { recursive: true });
    symlinkSync(join(dir, "shared/chung.yaml"), join(dir, "logs/2022/chung.yaml"));
    const check = await runCli(["check"], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("log/negative-quantity");
    expect((await runCli(["report", "--quarter", "1", "--year", "2022", "--format", "json"], dir)).code).toBe(1);
  });

  it("a dangling symlink in logs/ is an error in both, never a silent zero", async () => {
    const dir = project({ "plans/plan-2022.yaml": SEED });
    mkdirSync(join(dir, "logs/2022"), { recursive: true });
    symlinkSync(join(dir, "nowhere.yaml"), join(dir, "logs/2022/mat.yaml"));
    const check = await runCli(["check"], dir);
    const report = await runCli(["report", "--quarter", "1", "--year", "2022", "--format", "json"], dir);
    expect(check.code).toBe(2);
    expect(report.code).toBe(2);
    expect(check.stdout).toContain("project/broken-link");
    expect(report.stderr).toContain("project/broken-link");
  });
});

describe("checking one log always loads the plan", () => {
  it("check logs/2022/x.yaml alone finds a wrong item id (the pre-commit hook's call)", async () => {
    const dir = project({ "plans/plan-2022.yaml": SEED, "logs/2022/tchc.yaml": log(entry("ht-vidoe", 3)) });
    const run = await runCli(["check", "logs/2022/tchc.yaml"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("log/unknown-item");
    expect(run.stdout).not.toContain("log/no-plan");
  });

  it("a plan that fails to load is named as such, not as 'no plan'", async () => {
    const dir = project({ "plans/plan-2022.yaml": `${SEED}\n  broken: [`, "logs/2022/tchc.yaml": log(entry("ht-video", 3)) });
    const run = await runCli(["check", "logs/2022/tchc.yaml"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("log/plan-unusable");
    expect(run.stdout).toContain("plans/plan-2022.yaml");
  });
});

describe("the config's rule levels apply to every command", () => {
  const titled = SEED.replace("name: Lê Kim Bằng", "name: TS. Lê Kim Bằng");

  it("a rule set to warning passes check and does not block render", async () => {
    const dir = project({ "plans/plan-2022.yaml": titled, "cai-cach.config.yaml": "rules:\n  rule/signer-name: warning\n" });
    const check = await runCli(["check", "plans/plan-2022.yaml"], dir);
    expect(check.stdout).toContain("rule/signer-name");
    expect(check.code).toBe(0);
    const render = await runCli(["render", "plans/plan-2022.yaml", "--format", "md"], dir);
    expect(render.code, render.stderr).toBe(0);
    expect(render.stdout).toContain("plan-2022.md");
  });

  it("the same rule at its default level blocks both", async () => {
    const dir = project({ "plans/plan-2022.yaml": titled });
    expect((await runCli(["check", "plans/plan-2022.yaml"], dir)).code).toBe(1);
    expect((await runCli(["render", "plans/plan-2022.yaml", "--format", "md"], dir)).code).toBe(1);
  });
});

describe("one exit code for one problem, whichever command meets it", () => {
  it("an invalid config value is the same exit code in check and in report", async () => {
    const dir = project({ "plans/plan-2022.yaml": SEED, "cai-cach.config.yaml": "report:\n  window: lich\n" });
    const check = await runCli(["check"], dir);
    const report = await runCli(["report", "--quarter", "1", "--year", "2022", "--format", "json"], dir);
    expect(check.code).toBe(1);
    expect(report.code).toBe(check.code);
  });
});
