// Every log/* diagnostic code has a fixture folder test/fixtures/logs/<name>/ with the bad
// log (log.yaml) and the exact expected output (expected.txt); a meta-test fails when a code
// has none. UPDATE_GOLDEN=1 rewrites expected.txt (review the diff; see test/README.md).
import { describe, expect, it, beforeAll } from "vitest";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkLogFile } from "../../src/check/check-log.js";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { stylish } from "../../src/diagnostics/formats/stylish.js";
import { planIndex } from "../../src/logs/plan-index.js";
import type { Plan } from "../../src/model/plan.js";
import { expectGolden } from "../helpers/golden.js";

const FIXTURES = resolve("test/fixtures/logs");
// golden/ holds the report goldens of test/cli/report.test.ts, not a log fixture.
const dirs = readdirSync(FIXTURES).filter((d) => d !== "golden" && statSync(join(FIXTURES, d)).isDirectory());
let plan: Plan;

beforeAll(async () => {
  const loaded = await loadPlan(resolve("plans/plan-2022.yaml"));
  plan = loaded.value!;
});

const run = async (dir: string): Promise<string> => {
  const cwd = join(FIXTURES, dir);
  const ds = await checkLogFile(join(cwd, "log.yaml"), "log.yaml", { plans: new Map([[plan.year, planIndex(plan)]]), window: "nd09" });
  // The output `check` prints (code frame included), so the fixture shows what a clerk sees.
  return stylish(ds, { cwd, color: false, counts: { plans: 1, logs: 1 }, source: () => undefined });
};

describe("checkLogFile fixtures", () => {
  for (const dir of dirs) {
    it(dir, async () => {
      const got = await run(dir);
      expectGolden(join(FIXTURES, dir, "expected.txt"), got);
      if (dir === "valid") expect(got).toBe("");
      else expect(got.split("\n")[0]).toMatch(new RegExp(`  (lỗi|cảnh báo)  log/${dir}$`));
    });
  }

  it("accepts December after the NĐ 09 cut-off in the next year's log, rejects before", async () => {
    const got = await run("date-outside-year");
    expect(got).toContain("log.yaml:7:11  lỗi"); // 2021-11-30
    expect(got).not.toContain("log.yaml:4:"); // 2021-12-20 counts in 2022
  });
});
