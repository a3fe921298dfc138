import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { checkExitCode, parseMaxWarnings } from "../../src/cli/exit-code.js";

const d = (code: string, severity: Diagnostic["severity"] = "error"): Diagnostic => ({ code, severity, message: "m" });

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
