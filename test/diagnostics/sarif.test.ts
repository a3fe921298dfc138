import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatSarif } from "../../src/diagnostics/formats/sarif.js";

const diags: Diagnostic[] = [
  {
    code: "rule/number-padding",
    severity: "warning",
    message: "Số dưới 10 phải có số 0 ở trước.",
    file: "plans/plan-2022.yaml",
    line: 19,
    column: 9,
    hint: "Viết 05 thay cho 5.",
    clause: "NĐ 30/2020, Phụ lục I, II.3",
  },
  {
    code: "schema/missing-field",
    severity: "error",
    message: "Thiếu trường signer.",
    file: "plans\\plan 2023.yaml",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
  },
  { code: "config/invalid", severity: "error", message: "Tệp cấu hình hỏng." },
];
const rules = [
  {
    code: "rule/number-padding",
    description: "Số văn bản dưới 10 có số 0 ở trước.",
    severity: "error" as const,
    clause: "NĐ 30/2020, Phụ lục I, II.3",
  },
  { code: "rule/date-order", description: "Các ngày theo đúng trình tự." },
];

describe("SARIF formatter", () => {
  const log = JSON.parse(formatSarif(diags, { rules, version: "9.9.9" }));
  const run = log.runs[0];

  it("is a SARIF 2.1.0 log with one run by cai-cach", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: "cai-cach", version: "9.9.9" });
  });

  it("lists every known rule with its Vietnamese description, plus codes met but not listed", () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(["rule/number-padding", "rule/date-order", "schema/missing-field", "config/invalid"]);
    expect(run.tool.driver.rules[0]).toMatchObject({
      shortDescription: { text: "Số văn bản dưới 10 có số 0 ở trước." },
      defaultConfiguration: { level: "error" },
      properties: { clause: "NĐ 30/2020, Phụ lục I, II.3" },
    });
  });

  it("gives each result its rule, level, message with hint, and region", () => {
    expect(run.results).toHaveLength(3);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results[0]).toMatchObject({
      ruleId: "rule/number-padding",
      level: "warning",
      message: { text: "Số dưới 10 phải có số 0 ở trước.\nGợi ý: Viết 05 thay cho 5." },
      locations: [{ physicalLocation: { artifactLocation: { uri: "plans/plan-2022.yaml" }, region: { startLine: 19, startColumn: 9 } } }],
    });
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "plans/plan%202023.yaml" },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 },
    });
    expect(run.results[2].locations).toBeUndefined();
  });

  it("is valid with no diagnostics at all", () => {
    const empty = JSON.parse(formatSarif([], { rules }));
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toHaveLength(2);
  });
});
