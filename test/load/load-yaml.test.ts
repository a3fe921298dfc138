import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadYamlFile, parseYamlText } from "../../src/load/load-yaml.js";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { detectLegacy } from "../../src/load/legacy-text.js";

const dir = mkdtempSync(join(tmpdir(), "cai-cach-load-"));
const write = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe("loadYamlFile", () => {
  it("locates keys and values by JSON pointer", () => {
    const r = parseYamlText("a:\n  b: [1, 2]\n  c: xin chào\n", "x.yaml");
    expect(r.value).toBeDefined();
    expect(r.value!.locate("/a/c")).toEqual({ line: 3, column: 6, endLine: 3, endColumn: 14 });
    expect(r.value!.locate("/a/c", true)).toMatchObject({ line: 3, column: 3 });
    expect(r.value!.locate("/a/b/1")).toMatchObject({ line: 2, column: 10 });
    // deeper than the document: the deepest existing node
    expect(r.value!.locate("/a/missing", true)).toMatchObject({ line: 1, column: 1 });
  });

  it("normalises every string to NFC, keys included", () => {
    const nfd = "Ho\u0300a".normalize("NFD");
    const r = parseYamlText(`${nfd}: ${nfd}\n`, "x.yaml");
    expect(r.value!.data).toEqual({ ["Hòa".normalize("NFC")]: "Hòa".normalize("NFC") });
    expect(r.diagnostics).toEqual([]);
  });

  it("reports tabs, duplicate keys and syntax with positions", () => {
    expect(parseYamlText("a: 1\na: 2\n", "x.yaml").diagnostics[0]).toMatchObject({ code: "yaml/duplicate-key", line: 2, column: 1 });
    expect(parseYamlText("a:\n\t- x\n", "x.yaml").diagnostics[0]).toMatchObject({ code: "yaml/tab", line: 2 });
    expect(parseYamlText("a: [1\n", "x.yaml").diagnostics[0]!.code).toBe("yaml/syntax");
  });

  it("stops alias bombs", () => {
    const bomb =
      "a: &a [1,2,3,4,5,6,7,8,9]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
    const r = parseYamlText(bomb, "x.yaml");
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]!.code).toBe("yaml/alias-limit");
  });

  it("reads files: missing, binary, UTF-16, BOM, non-UTF-8", async () => {
    expect((await loadYamlFile(join(dir, "none.yaml"))).diagnostics[0]!.code).toBe("load/file-not-found");
    expect((await loadYamlFile(dir)).diagnostics[0]!.code).toBe("load/file-unreadable");
    expect((await loadYamlFile(write("bin.yaml", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1])))).diagnostics[0]!.code).toBe(
      "load/binary-file",
    );
    const u16 = await loadYamlFile(write("u16.yaml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a: Hà Nội\n", "utf16le")])));
    expect(u16.diagnostics.map((d) => d.code)).toEqual(["load/utf16"]);
    expect(u16.value!.data).toEqual({ a: "Hà Nội" });
    const bom = await loadYamlFile(write("bom.yaml", "\uFEFFa: 1\n"));
    expect(bom.value!.data).toEqual({ a: 1 });
    const tcvn3 = await loadYamlFile(write("tcvn3.yaml", Buffer.from([0x61, 0x3a, 0x20, 0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69, 0x0a])));
    expect(tcvn3.diagnostics[0]).toMatchObject({ code: "load/invalid-utf8" });
    expect(tcvn3.diagnostics[0]!.message).toContain("TCVN3");
  });

  it("shows the path relative to cwd", async () => {
    write("rel.yaml", "a: 1\n");
    expect((await loadYamlFile("rel.yaml", { cwd: dir })).value!.file).toBe("rel.yaml");
  });
});

describe("detectLegacy", () => {
  it.each([
    ["TiÕng ViÖt", "tcvn3"],
    ["Hµ Néi", "tcvn3"],
    ["c«ng v¨n", "tcvn3"],
    ["Tieáng Vieät", "vni"],
    ["Vaên baûn", "vni"],
    ["Tiếng Việt", undefined],
    ["hoá", undefined],
    ["25°C", undefined],
    ["video", undefined],
    ["Ðồng Nai", undefined],
  ])("%s → %s", (text, kind) => {
    expect(detectLegacy(text)).toBe(kind);
  });
});

describe("loadPlan", () => {
  it("loads the seed plan", async () => {
    const r = await loadPlan("plans/plan-2022.yaml");
    expect(r.diagnostics).toEqual([]);
    expect(r.value!.number).toBe(175);
    expect(r.value!.source).toBe("plans/plan-2022.yaml");
  });
});
