import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLog, toNfc } from "../../src/logs/read-log.js";
import { locate } from "../../src/logs/locate.js";

const tmp = (name: string, text: string | Uint8Array): string => {
  const path = join(mkdtempSync(join(tmpdir(), "cai-cach-readlog-")), name);
  writeFileSync(path, text);
  return path;
};

const entry = (i: number) => `  - date: 2022-01-05\n    items: [ht-video]\n    summary: Việc ${i}\n`;

describe("readLog", () => {
  const log = "year: 2022\nentries:\n  - date: 2022-01-05\n    items: [ht-video]\n    summary: Tiếng Việt\n";

  it('reads a UTF-16 LE log (Notepad "Unicode") with the plan loader\'s load/utf16 warning', async () => {
    const r = await readLog(tmp("u.yaml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(log, "utf16le")])), "u.yaml");
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([["load/utf16", "warning"]]);
    expect(r.value!.log.entries[0].summary).toBe("Tiếng Việt");
  });

  it("refuses a binary file as load/binary-file, and names TCVN3 bytes (load/invalid-utf8)", async () => {
    const bin = await readLog(tmp("b.yaml", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), "b.yaml");
    expect(bin.value).toBeUndefined();
    expect(bin.diagnostics.map((d) => d.code)).toEqual(["load/binary-file"]);
    // "TiÕng ViÖt" as TCVN3 writes it, saved byte for byte (not UTF-8).
    const tcvn3 = await readLog(tmp("t.yaml", Buffer.from(log.replace("Tiếng Việt", "Ti\u00d5ng Vi\u00d6t"), "latin1")), "t.yaml");
    expect(tcvn3.value).toBeUndefined();
    expect(tcvn3.diagnostics.map((d) => d.code)).toEqual(["load/invalid-utf8"]);
    expect(tcvn3.diagnostics[0].message).toContain("TCVN3");
  });

  it("keeps log/unreadable (with the system's code) for a missing log", async () => {
    const r = await readLog(join(tmpdir(), "khong-co-tep-nay.yaml"), "khong-co.yaml");
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([["log/unreadable", "Không đọc được tệp nhật ký: ENOENT."]]);
  });

  it("reads JSON logs", async () => {
    const r = await readLog(
      tmp("a.json", JSON.stringify({ year: 2022, entries: [{ date: "2022-01-05", items: ["ht-video"], summary: "x" }] })),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.value!.log.entries[0].summary).toBe("x");
  });

  it("locates a schema error deep in a long log on its own line", async () => {
    const parts = ["# đầu tệp\nentries:\n"];
    for (let i = 0; i < 3000; i++)
      parts.push(i === 2500 ? "  - date: 2022-01-05\n    items: [ht-video]\n    sumary: Sai tên trường\n" : entry(i));
    const r = await readLog(tmp("b.yaml", parts.join("")), "b.yaml");
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ["log/missing-field", 2 + 2500 * 3 + 1, 5],
      ["log/unknown-field", 2 + 2500 * 3 + 3, 5],
    ]);
  });

  it("locates with the whole-file fallback when entries are not a block list", () => {
    const text = 'entries: [{ date: "2022-01-05", items: [x], summary: s, cost: "a" }]\n';
    const [d] = locate(text, [{ code: "log/invalid-value", severity: "error", message: "m", pointer: "/entries/0/cost" }]);
    expect([d.line, d.column]).toEqual([1, 63]); // the "a" after cost:
  });

  it("normalises decomposed Vietnamese to NFC, and leaves NFC text as it is", () => {
    const nfd = "Tie\u0302\u0301ng Vie\u0323\u0302t";
    expect(toNfc(nfd)).toBe("Tiếng Việt");
    const nfc = "Tiếng Việt – đã chuẩn";
    expect(toNfc(nfc)).toBe(nfc);
  });
});
