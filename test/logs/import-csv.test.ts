// log import refuses what is not CSV text (an .xlsx renamed .csv, Excel's Windows-1258 "CSV")
// with log/csv-unreadable and the "save as CSV UTF-8" hint, and reads UTF-8 with a BOM as usual.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsvEntries } from "../../src/logs/import-csv.js";

const tmp = (bytes: Uint8Array): string => {
  const path = join(mkdtempSync(join(tmpdir(), "cai-cach-csv-")), "nhat-ky.csv");
  writeFileSync(path, bytes);
  return path;
};
const header = "Ngày,Mục kế hoạch,Nội dung\r\n2022-01-05,ht-video,Đăng tin\r\n";

describe("readCsvEntries: encodings", () => {
  it('an .xlsx (zip, "PK") renamed .csv: log/csv-unreadable naming Excel, nothing read', async () => {
    const r = await readCsvEntries(tmp(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0])), "nhat-ky.csv");
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([["log/csv-unreadable", "nhat-ky.csv"]]);
    expect(r.diagnostics[0]!.message).toContain("Excel (.xlsx)");
    expect(r.diagnostics[0]!.hint).toContain("CSV UTF-8");
  });
  it("Windows-1258 bytes (Excel's plain CSV) are converted to Unicode, with a warning", async () => {
    // "Ngày" in Windows-1258: a, then combining grave 0xCC; "Đăng" starts with 0xD0.
    const bytes = Buffer.from([
      ...Buffer.from("Nga"),
      0xcc,
      ...Buffer.from("y,Item,Summary\r\n2022-01-05,ht-cong-thong-tin,"),
      0xd0,
      0xe3,
      ...Buffer.from("ng tin\r\n"),
    ]);
    const r = await readCsvEntries(tmp(bytes), "nhat-ky.csv");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["log/import-converted"]);
    expect(r.diagnostics[0]!.message).toContain("Windows-1258");
    expect(r.value!.map((e) => e.entry.summary)).toEqual(["Đăng tin"]);
  });
  it('UTF-8 with a BOM (Excel\'s "CSV UTF-8") is read', async () => {
    const r = await readCsvEntries(tmp(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(header)])), "nhat-ky.csv");
    expect(r.diagnostics).toEqual([]);
    expect(r.value!.map((e) => [e.line, e.entry.summary])).toEqual([[2, "Đăng tin"]]);
  });
});
