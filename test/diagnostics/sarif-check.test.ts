// `cai-cach check --format sarif` and `--format junit` on a repository with one defect.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../diff/run-cli.js";
import { CODES } from "../../src/diagnostics/codes.js";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cai-cach-sarif-"));
  expect(
    (await runCli(["init", "--agency", "Sở Nội vụ", "--no-lock"], dir, { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 5) / 1000) })).code,
  ).toBe(0);
  const plan = join(dir, "plans/plan-2026.yaml");
  writeFileSync(plan, readFileSync(plan, "utf8").replace(/^date: .*$/m, "date: 2026-02-30"));
});

describe("check --format sarif", () => {
  it("prints one SARIF 2.1.0 log (nothing after it) with every code as a rule and the defect located", async () => {
    const run = await runCli(["check", "--format", "sarif"], dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe("2.1.0");
    const driver = log.runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(CODES.map((c) => c.code)));
    for (const r of driver.rules) expect(r.shortDescription.text).toMatch(/\p{L}/u);
    const [result] = log.runs[0].results;
    expect(result).toMatchObject({ ruleId: "rule/date-invalid", level: "error" });
    expect(driver.rules[result.ruleIndex].id).toBe("rule/date-invalid");
    const loc = result.locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe("plans/plan-2026.yaml");
    const line =
      readFileSync(join(dir, "plans/plan-2026.yaml"), "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith("date:")) + 1;
    expect(loc.region).toMatchObject({ startLine: line, startColumn: 7 });
  });
});

describe("check --format junit", () => {
  it("prints only the XML, with the plan as a failing testcase", async () => {
    const run = await runCli(["check", "--format", "junit"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(run.stdout.trimEnd().endsWith("</testsuites>")).toBe(true);
    expect(run.stdout).toContain('<testcase name="plans/plan-2026.yaml"');
    expect(run.stdout).toContain('type="rule/date-invalid"');
  });
});
