// `cai-cach new-year` in an agency repository: next year's plan from this year's, as a draft that
// checks clean, targets kept and their dates moved, and an empty logs/<year>/.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../diff/run-cli.js";

const PLAN_2022 = join(import.meta.dirname, "..", "..", "plans", "plan-2022.yaml");

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-new-year-"));
  mkdirSync(join(dir, ".git"));
  mkdirSync(join(dir, "plans"));
  writeFileSync(join(dir, "plans", "plan-2022.yaml"), readFileSync(PLAN_2022));
  return dir;
}

describe("cai-cach new-year", () => {
  const dir = repository();

  it("writes the 2023 plan as a draft and an empty logs/2023/", async () => {
    const run = await runCli(["new-year"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("plans/plan-2023.yaml");
    expect(readdirSync(join(dir, "logs", "2023"))).toEqual([".gitkeep"]);
    const text = readFileSync(join(dir, "plans", "plan-2023.yaml"), "utf8");
    const plan = parse(text);
    const old = parse(readFileSync(PLAN_2022, "utf8"));
    expect(plan).toMatchObject({ year: 2023, date: "2023-01-27", draft: {}, title: old.title.replace("2022", "2023") });
    expect(plan.number).toBeUndefined();
    expect(text).toContain('# Dự thảo năm 2023: khi ban hành, xóa dòng "draft"');
    expect(text).toContain("bằng cai-cach new-year");
    // Targets kept, their dates moved with the year.
    const training = plan.body[1].sections[1].sections.find((s: { id: string }) => s.id === "ht-tap-huan");
    expect(training.targets).toEqual({ quantities: [{ value: 1, measure: "buổi" }], deadline: "2023-09-30", budget: 15000000 });
  });

  it("gives a plan that checks clean", async () => {
    const run = await runCli(["check", "plans/plan-2023.yaml"], dir);
    expect(run.stdout).toContain("không có lỗi");
    expect(run.stdout).not.toContain("cảnh báo");
    expect(run.code).toBe(0);
  });

  it("never overwrites next year's plan without --force", async () => {
    writeFileSync(join(dir, "plans", "plan-2023.yaml"), "# đang soạn\n");
    const run = await runCli(["new-year", "--from", "plans/plan-2022.yaml"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("new-year/exists");
    expect(readFileSync(join(dir, "plans", "plan-2023.yaml"), "utf8")).toBe("# đang soạn\n");
    const forced = await runCli(["new-year", "--from", "plans/plan-2022.yaml", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(parse(readFileSync(join(dir, "plans", "plan-2023.yaml"), "utf8")).year).toBe(2023);
  });

  it("rolls over from the latest issued plan, not from a draft", async () => {
    const run = await runCli(["new-year"], dir);
    // plan-2023.yaml is a draft: the latest issued plan is still 2022, whose 2023 plan exists.
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("plans/plan-2023.yaml");
    expect(existsSync(join(dir, "plans", "plan-2024.yaml"))).toBe(false);
  });
});
