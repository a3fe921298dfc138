import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputPath } from "../../src/project/output-target.js";

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
  it("refuses an output that is a symlink to a file outside the folder, existing or not", () => {
    const root = mkdtempSync(join(tmpdir(), "cai-cach-link-"));
    const out = join(root, "out");
    mkdirSync(out);
    mkdirSync(join(root, "ngoai"));
    writeFileSync(join(root, "ngoai", "a.pdf"), "x");
    symlinkSync("../ngoai/a.pdf", join(out, "a.pdf"));
    symlinkSync("../ngoai/missing.pdf", join(out, "b.pdf"));
    symlinkSync("/", join(out, "c.pdf"));
    const a = checkOutputPath(out, join(out, "a.pdf"), "out/a.pdf", []);
    expect(a.map((d) => d.code)).toEqual(["render/output-escapes"]);
    expect(a[0]!.message).toContain(realpathSync(join(root, "ngoai", "a.pdf")));
    expect(checkOutputPath(out, join(out, "b.pdf"), "out/b.pdf", [])[0]?.code).toBe("render/output-escapes");
    expect(checkOutputPath(out, join(out, "c.pdf"), "out/c.pdf", [])[0]?.code).toBe("render/output-escapes");
  });
  it("accepts a symlink within the folder, and an output folder that is itself a symlink", () => {
    const root = mkdtempSync(join(tmpdir(), "cai-cach-link-"));
    const real = join(root, "real-out");
    mkdirSync(real);
    writeFileSync(join(real, "old.pdf"), "x");
    symlinkSync("old.pdf", join(real, "a.pdf"));
    symlinkSync("real-out", join(root, "out"));
    expect(checkOutputPath(join(root, "out"), join(root, "out", "a.pdf"), "out/a.pdf", [])).toEqual([]);
    expect(checkOutputPath(join(root, "out"), join(root, "out", "new.pdf"), "out/new.pdf", [])).toEqual([]);
  });
});
