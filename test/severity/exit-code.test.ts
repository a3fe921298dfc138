import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { exitCode, parseMaxWarnings } from "../../src/cli/exit-code.js";

const d = (code: string, severity: Diagnostic["severity"] = "error"): Diagnostic => ({ code, severity, message: "m" });

describe("exitCode and --max-warnings", () => {
  const two = [d("a", "warning"), d("b", "warning")];
  it("is 0 with warnings only and no maximum", () => expect(exitCode(two)).toBe(0));
  it("is 0 at the maximum and 1 above it", () => {
    expect(exitCode(two, { maxWarnings: 2 })).toBe(0);
    expect(exitCode(two, { maxWarnings: 1 })).toBe(1);
    expect(exitCode(two, { maxWarnings: 0 })).toBe(1);
  });
  it("is 1 with any error", () => expect(exitCode([d("x")], { maxWarnings: 10 })).toBe(1));
  it("is 2 when any code is registered as fatal, whatever else is there", () => {
    expect(exitCode([d("rule/date-invalid"), d("load/file-not-found")])).toBe(2);
    expect(exitCode([d("render/output-unwritable")])).toBe(2);
    expect(exitCode([d("rule/date-invalid")])).toBe(1);
  });
  it("parses only whole numbers", () => {
    expect(parseMaxWarnings("0")).toBe(0);
    expect(parseMaxWarnings("12")).toBe(12);
    expect(parseMaxWarnings("-1")).toBeUndefined();
    expect(parseMaxWarnings("nhiều")).toBeUndefined();
  });
});
