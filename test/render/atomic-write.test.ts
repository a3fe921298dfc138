import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { atomicWrite } from "../../src/util/atomic-write.js";

describe("atomicWrite", () => {
  it("replaces the file whole and leaves no temp file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cai-cach-aw-"));
    writeFileSync(join(dir, "a.pdf"), "cũ");
    await atomicWrite(join(dir, "a.pdf"), Buffer.from("mới"));
    expect(readFileSync(join(dir, "a.pdf"), "utf8")).toBe("mới");
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
  });

  it("removes its temp file when the rename fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cai-cach-aw-"));
    mkdirSync(join(dir, "a.pdf")); // a folder where the file should go: rename fails
    writeFileSync(join(dir, "a.pdf", "x"), "");
    await expect(atomicWrite(join(dir, "a.pdf"), Buffer.from("mới"))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
  });
});
