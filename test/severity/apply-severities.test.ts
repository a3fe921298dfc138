import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { applySeverities, severityFor } from "../../src/severity/apply-severities.js";
import { checkExitCode, parseMaxWarnings } from "../../src/severity/exit-code.js";

const d = (code: string, severity: Diagnostic["severity"] = "error"): Diagnostic => ({ code, severity, message: "m" });

describe("applySeverities", () => {
  const diags = [d("rule/number-padding"), d("rule/date-order"), d("rule/code-type", "warning"), d("schema/missing-field")];

  it("turns a rule off, lowers one to a warning and raises one to an error", () => {
    const out = applySeverities(diags, { "rule/number-padding": "off", "rule/date-order": "warning", "rule/code-type": "error" });
    expect(out.map((x) => [x.code, x.severity])).toEqual([
      ["rule/date-order", "warning"],
      ["rule/code-type", "error"],
      ["schema/missing-field", "error"],
    ]);
  });

  it("applies a prefix pattern, the exact code winning over it", () => {
    const rules = { "rule/*": "warning", "rule/date-order": "off" } as const;
    expect(severityFor("rule/number-padding", rules)).toBe("warning");
    expect(severityFor("rule/date-order", rules)).toBe("off");
    expect(severityFor("log/unknown-item", rules)).toBeUndefined();
  });

  it("never lowers schema or YAML errors, and says so", () => {
    const out = applySeverities([d("schema/missing-field"), d("yaml/syntax")], { "schema/missing-field": "off", "yaml/*": "warning" }, { configFile: "cai-cach.config.yaml" });
    expect(out.filter((x) => x.code.startsWith("schema/") || x.code.startsWith("yaml/")).map((x) => x.severity)).toEqual(["error", "error"]);
    expect(out.filter((x) => x.code === "config/rule-locked")).toHaveLength(2);
    expect(out.find((x) => x.code === "config/rule-locked")).toMatchObject({ file: "cai-cach.config.yaml", pointer: "/rules/schema~1missing-field" });
  });

  it("flags a misspelt rule with did-you-mean", () => {
    const out = applySeverities([], { "rule/numbr-padding": "off" }, { knownCodes: ["rule/number-padding", "rule/date-order"] });
    expect(out).toEqual([expect.objectContaining({ code: "config/unknown-rule", severity: "warning", suggestions: ["rule/number-padding"] })]);
  });

  it("does not modify its input", () => {
    const input = [d("rule/date-order")];
    applySeverities(input, { "rule/date-order": "warning" });
    expect(input[0].severity).toBe("error");
  });
});

describe("checkExitCode and --max-warnings", () => {
  const two = [d("a", "warning"), d("b", "warning")];
  it("is 0 with warnings only and no maximum", () => expect(checkExitCode(two)).toBe(0));
  it("is 0 at the maximum and 1 above it", () => {
    expect(checkExitCode(two, 2)).toBe(0);
    expect(checkExitCode(two, 1)).toBe(1);
    expect(checkExitCode(two, 0)).toBe(1);
  });
  it("is 1 with any error", () => expect(checkExitCode([d("x")], 10)).toBe(1));
  it("parses only whole numbers", () => {
    expect(parseMaxWarnings("0")).toBe(0);
    expect(parseMaxWarnings("12")).toBe(12);
    expect(parseMaxWarnings("-1")).toBeUndefined();
    expect(parseMaxWarnings("nhiều")).toBeUndefined();
  });
});
