import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputPath } from "../../src/render/output-target.js";

describe("output paths", () => {
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-out-"));
  it("refuses a path that leaves the output folder", () => {
    expect(checkOutputPath(dir, join(dir, "..", "x.pdf"), "../x.pdf", [])[0]?.code).toBe("render/output-escapes");
    expect(checkOutputPath(dir, dir, ".", [])[0]?.code).toBe("render/output-escapes");
  });
  it("refuses to write over an input", () => {
    expect(checkOutputPath(dir, join(dir, "a.md"), "a.md", [join(dir, "a.md")])[0]?.code).toBe("render/output-is-input");
  });
  it("accepts a new file inside the folder", () => {
    expect(checkOutputPath(dir, join(dir, "plan-2022.pdf"), "plan-2022.pdf", [])).toEqual([]);
  });
});
