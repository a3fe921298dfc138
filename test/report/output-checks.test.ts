// report checks its outputs with render's checks (src/render/output-target.ts), under its own codes.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputs } from "../../src/project/output-target.js";

describe("checkOutputs for report", () => {
  const show = (p: string): string => p.replace(/^.*\/(out\/)/u, "$1");
  it("a folder where the PDF goes, a read-only existing file: report/output-readonly for each, by path", () => {
    const out = join(mkdtempSync(join(tmpdir(), "cai-cach-rep-")), "out");
    mkdirSync(join(out, "bao-cao-2022-Q1.pdf"), { recursive: true });
    writeFileSync(join(out, "bao-cao-2022-Q1.md"), "cũ");
    chmodSync(join(out, "bao-cao-2022-Q1.md"), 0o444);
    const found = checkOutputs(
      out,
      ["docx", "pdf", "md"].map((f) => join(out, `bao-cao-2022-Q1.${f}`)),
      { show, inputs: [], command: "report" },
    );
    expect(found.map((d) => [d.code, d.file])).toEqual([
      ["report/output-readonly", "out/bao-cao-2022-Q1.pdf"],
      ["report/output-readonly", "out/bao-cao-2022-Q1.md"],
    ]);
    expect(found[0]!.message).toContain("thư mục");
  });
  it("an output folder that is a file: report/output-unwritable at the folder, no path checked", () => {
    const root = mkdtempSync(join(tmpdir(), "cai-cach-rep-"));
    writeFileSync(join(root, "out"), "");
    const found = checkOutputs(join(root, "out"), [join(root, "out", "a.pdf")], { show: () => "out", inputs: [], command: "report" });
    expect(found.map((d) => [d.code, d.file])).toEqual([["report/output-unwritable", "out"]]);
  });
  it("render keeps its own codes by default", () => {
    const root = mkdtempSync(join(tmpdir(), "cai-cach-rep-"));
    writeFileSync(join(root, "out"), "");
    expect(checkOutputs(join(root, "out"), [], { show: () => "out", inputs: [] })[0]?.code).toBe("render/output-unwritable");
  });
});
