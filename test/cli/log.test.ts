// `cai-cach log add` and `log import` in a temporary project: validation before writing,
// appends that leave the existing text untouched, CSV rows reported by line, all-or-nothing.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";
import { load } from "js-yaml";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-log-"));
  mkdirSync(join(root, ".git"));
  cpSync(resolve("plans"), join(root, "plans"), { recursive: true });
  cpSync(resolve("schemas"), join(root, "schemas"), { recursive: true });
  return root;
}

const add = (root: string, ...extra: string[]) =>
  runCli(
    [
      "log",
      "add",
      "--date",
      "05/01/2022",
      "--item",
      "ht-cong-thong-tin",
      "--unit",
      "tchc",
      "--summary",
      "Đăng tin: thủ tục mới",
      "--quantity",
      "2 tin/bài",
      "--cost",
      "1.500.000",
      ...extra,
    ],
    root,
  );

describe("cai-cach log add", () => {
  it("creates logs/<year>/<unit>.yaml, then appends without touching what is there", async () => {
    const root = project();
    const first = await add(root);
    expect(first.code).toBe(0);
    const file = join(root, "logs", "2022", "tchc.yaml");
    const before = `${readFileSync(file, "utf8")}# một ghi chú của người dùng, phải còn nguyên\n`;
    writeFileSync(file, before);
    const second = await runCli(
      [
        "log",
        "add",
        "--date",
        "2022-01-06",
        "--item",
        "ht-video,pdv-ttvhda",
        "--unit",
        "tchc",
        "--summary",
        "Video 1",
        "--quantity",
        "1 video",
        "--file",
        "logs/2022/tchc.yaml",
      ],
      root,
    );
    expect(second.code).toBe(0);
    const after = readFileSync(file, "utf8");
    expect(after.startsWith(before)).toBe(true);
    const log = load(after) as { entries: unknown[] };
    expect(log.entries).toEqual([
      {
        date: "2022-01-05",
        items: ["ht-cong-thong-tin"],
        unit: "tchc",
        summary: "Đăng tin: thủ tục mới",
        quantities: [{ value: 2, measure: "tin/bài" }],
        cost: 1500000,
      },
      {
        date: "2022-01-06",
        items: ["ht-video", "pdv-ttvhda"],
        unit: "tchc",
        summary: "Video 1",
        quantities: [{ value: 1, measure: "video" }],
      },
    ]);
    expect(readdirSync(join(root, "logs", "2022")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect((await runCli(["check"], root)).code).toBe(0);
  });

  it("validates before writing: bad values, unknown ids (did-you-mean), duplicates", async () => {
    const root = project();
    const bad = await runCli(["log", "add", "--date", "2022-02-30", "--item", "x", "--summary", "s", "--quantity", "abc"], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/lỗi {2}log\/add-invalid\n--date/);
    expect(bad.stderr).toMatch(/lỗi {2}log\/add-invalid\n--quantity/);
    const unknown = await runCli(
      ["log", "add", "--date", "2022-01-06", "--item", "ht-cong-thong-tn", "--unit", "tchc", "--summary", "x"],
      root,
    );
    expect(unknown.code).toBe(1);
    // The nearest id with its number and title in the plan (issue 13).
    expect(unknown.stderr).toContain('Có phải là "ht-cong-thong-tin" (II.2.b Trên Cổng DVC của tỉnh');
    expect(existsSync(join(root, "logs"))).toBe(false);
    expect((await add(root)).code).toBe(0);
    const dup = await add(root);
    expect(dup.stderr).toContain("log/duplicate-entry");
  });
});

describe("cai-cach log import", () => {
  const HEADER = "Ngày,Mục kế hoạch,Đơn vị,Nội dung,Số lượng,Đơn vị tính,Kinh phí,Minh chứng,Ghi chú\n";

  it("imports a spreadsheet with Vietnamese headers", async () => {
    const root = project();
    writeFileSync(
      join(root, "q1.csv"),
      "\uFEFF" +
        HEADER +
        '10/02/2022,ht-an-pham,ttvhda,Phát tờ gấp,500,tờ gấp,5.000.000,HĐ 08/2022,\n11/02/2022,"ht-video, pdv-ttvhda",ttvhda,"Video, bản 2",1,video,,,Ghi chú\n',
    );
    const r = await runCli(["log", "import", "q1.csv", "--into", "logs/2022/ttvhda.yaml"], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã ghi 2 mục");
    const log = load(readFileSync(join(root, "logs", "2022", "ttvhda.yaml"), "utf8")) as {
      entries: { items: string[]; cost?: number; note?: string }[];
    };
    expect(log.entries[0].cost).toBe(5000000);
    expect(log.entries[1].items).toEqual(["ht-video", "pdv-ttvhda"]);
    expect(log.entries[1].note).toBe("Ghi chú");
  });

  it("reports every bad row with its line and imports nothing", async () => {
    const root = project();
    writeFileSync(
      join(root, "bad.csv"),
      HEADER +
        "31/02/2022,ht-an-pham,ttvhda,Phát,5,tờ gấp,,,\n12/02/2022,ht-an-pam,ttvhda,Phát,5,tờ gấp,,,\n13/02/2022,ht-an-pham,ttvhda,Phát,5,tờ gấp,,,\n14/02/2022,ht-an-pham,ttvhda,,x,tờ gấp,,,\n",
    );
    const r = await runCli(["log", "import", "bad.csv"], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.csv:2:1 {2}lỗi {2}log\/csv-row\nDòng 2/);
    expect(r.stderr).toMatch(/bad\.csv:3:1 {2}lỗi {2}log\/unknown-item\nDòng 3/);
    expect(r.stderr).toMatch(/bad\.csv:5:\d+ {2}lỗi {2}log\/csv-row\nDòng 5/);
    expect(r.stderr).not.toContain("Dòng 4");
    expect(existsSync(join(root, "logs"))).toBe(false);
  });

  it("unknown header with did-you-mean; unreadable file → exit 2", async () => {
    const root = project();
    // "Số lương" (a tone mark missed) is read as "Số lượng" since headers compare without tone
    // marks; a letter missing is still a typo to fix.
    writeFileSync(join(root, "h.csv"), "Ngày,Mục kế hoạch,Nội dung,Số lượg\n");
    const r = await runCli(["log", "import", "h.csv"], root);
    expect(r.code).toBe(1);
    // Column 28: where the fourth cell, "Số lương", starts on the line.
    expect(r.stderr).toContain('h.csv:1:28  lỗi  log/csv-header\nCột "Số lượg"');
    expect(r.stderr).toContain('"số lượng"');
    expect((await runCli(["log", "import", "khong-co.csv"], root)).code).toBe(2);
  });
});
