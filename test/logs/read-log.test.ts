import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLog, toNfc } from "../../src/logs/read-log.js";
import { locate } from "../../src/logs/locate.js";

const tmp = (name: string, text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), "cai-cach-readlog-")), name);
  writeFileSync(path, text);
  return path;
};

const entry = (i: number) => `  - date: 2022-01-05\n    items: [ht-video]\n    summary: Việc ${i}\n`;

describe("readLog", () => {
  it("reads JSON logs", async () => {
    const r = await readLog(tmp("a.json", JSON.stringify({ year: 2022, entries: [{ date: "2022-01-05", items: ["ht-video"], summary: "x" }] })));
    expect(r.diagnostics).toEqual([]);
    expect(r.value!.log.entries[0].summary).toBe("x");
  });

  it("locates a schema error deep in a long log on its own line", async () => {
    const parts = ["# đầu tệp\nentries:\n"];
    for (let i = 0; i < 3000; i++) parts.push(i === 2500 ? "  - date: 2022-01-05\n    items: [ht-video]\n    sumary: Sai tên trường\n" : entry(i));
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
