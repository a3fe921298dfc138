// The update mechanism itself: a missing expected file fails (it is never created silently), a
// difference fails, and only UPDATE_GOLDEN=1 writes.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectGolden } from "./golden.js";

describe("expectGolden", () => {
  let dir: string;
  const saved = process.env.UPDATE_GOLDEN;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cai-cach-golden-"));
    delete process.env.UPDATE_GOLDEN;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.UPDATE_GOLDEN;
    else process.env.UPDATE_GOLDEN = saved;
  });

  it("fails when the expected file is missing, says how to create it, and writes nothing", () => {
    const file = join(dir, "missing.txt");
    expect(() => expectGolden(file, "văn bản\n")).toThrow(/missing.*UPDATE_GOLDEN=1/su);
    expect(existsSync(file)).toBe(false);
  });

  it("passes on the same text and fails on a different one, leaving the file as it was", () => {
    const file = join(dir, "a.txt");
    writeFileSync(file, "Kế hoạch\n");
    expectGolden(file, "Kế hoạch\n");
    expect(() => expectGolden(file, "Kế hoạch số 2\n")).toThrow(/differs from/u);
    expect(readFileSync(file, "utf8")).toBe("Kế hoạch\n");
  });

  it("rewrites (or creates) the file only with UPDATE_GOLDEN=1, and says so", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const file = join(dir, "sub", "b.txt");
      process.env.UPDATE_GOLDEN = "true";
      expect(() => expectGolden(file, "x\n")).toThrow(/missing/u);
      process.env.UPDATE_GOLDEN = "1";
      expectGolden(file, "x\n");
      expect(readFileSync(file, "utf8")).toBe("x\n");
      expectGolden(new URL(`file://${file}`), "y\n");
      expect(readFileSync(file, "utf8")).toBe("y\n");
      expect(warn).toHaveBeenCalledTimes(2);
    } finally {
      warn.mockRestore();
    }
  });
});
