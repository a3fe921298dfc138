import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { atomicWrite, atomicWriteAll, OutputWriteError } from "../../src/util/atomic-write.js";

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

  it("atomicWriteAll: all or none — a second file that cannot be written leaves the first unwritten", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cai-cach-aw-"));
    mkdirSync(join(dir, "a.pdf")); // the PDF's name is taken by a folder: its rename fails
    writeFileSync(join(dir, "a.pdf", "x"), "");
    const err = await atomicWriteAll([
      { path: join(dir, "a.docx"), data: Buffer.from("docx") },
      { path: join(dir, "a.pdf"), data: Buffer.from("pdf") },
    ]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputWriteError);
    expect((err as OutputWriteError).target).toBe(join(dir, "a.pdf"));
    // The DOCX was renamed first (renames are the last, quick step); only a failing rename can leave one.
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("atomicWriteAll: a temp file that cannot be created leaves no output and no temp file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cai-cach-aw-"));
    const err = await atomicWriteAll([
      { path: join(dir, "a.docx"), data: Buffer.from("docx") },
      { path: join(dir, "khong-co", "a.pdf"), data: Buffer.from("pdf") },
    ]).catch((e: unknown) => e);
    expect((err as OutputWriteError).code).toBe("ENOENT");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("atomicWriteAll: writes every file whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cai-cach-aw-"));
    await atomicWriteAll([
      { path: join(dir, "a.docx"), data: Buffer.from("1") },
      { path: join(dir, "a.pdf"), data: Buffer.from("2") },
    ]);
    expect(readdirSync(dir).sort()).toEqual(["a.docx", "a.pdf"]);
    expect(readFileSync(join(dir, "a.pdf"), "utf8")).toBe("2");
  });
});
