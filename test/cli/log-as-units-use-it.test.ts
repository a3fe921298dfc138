// Issue 13, unit staff: `items`, units by abbreviation or name, bare numbers and measures, `log
// list/remove/undo`, and `log import` of spreadsheets as Excel really saves them (.xlsx, STT
// column, headers without accents, serial and time-stamped dates, TCVN3 CSV, re-import) and
// `log import --template`. Every case runs the CLI in-process in a temporary project.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-i13-log-"));
  mkdirSync(join(root, ".git"));
  cpSync(resolve("plans"), join(root, "plans"), { recursive: true });
  cpSync(resolve("schemas"), join(root, "schemas"), { recursive: true });
  return root;
}

type Log = {
  entries: { date: string; unit?: string; summary: string; items: string[]; quantities?: { value: number; measure: string }[] }[];
};
const readLogFile = (root: string, path: string): Log => load(readFileSync(join(root, path), "utf8")) as Log;

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Nhật ký");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("cai-cach items", () => {
  it("lists ids with their number in the plan, units, targets and progress; json and csv", async () => {
    const root = project();
    cpSync(resolve("logs"), join(root, "logs"), { recursive: true });
    const text = await runCli(["items"], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^ht-doi-thoai +II\.2\.a +Tổ chức các chương trình thực tế lãnh đạo Sở đối thoại trực… +TCHC +2\/2 buổi \(100%\)$/m,
    );
    expect(text.stdout).toMatch(/^tchc-doi-thoai +IV\.1, ý 2 /m);
    const json = JSON.parse((await runCli(["items", "--format", "json"], root)).stdout) as {
      year: number;
      items: { id: string; number: string; targets: { measure: string; target: number; done: number }[] }[];
    };
    expect(json.year).toBe(2022);
    expect(json.items.find((i) => i.id === "ht-video")).toMatchObject({
      number: "II.2.d",
      targets: [{ measure: "video", target: 6, done: 5 }],
    });
    const csv = (await runCli(["items", "--format", "csv"], root)).stdout;
    expect(csv.startsWith("\uFEFFid,so_muc,ten,don_vi,don_vi_tinh,chi_tieu,da_lam,han,so_hoat_dong\r\n")).toBe(true);
    expect(csv).toContain("\r\nht-video,II.2.d,");
  });

  it("an item's short `label` is what the list shows", async () => {
    const root = project();
    const plan = join(root, "plans/plan-2022.yaml");
    writeFileSync(plan, readFileSync(plan, "utf8").replace(/^(\s+)- id: ht-video\n/m, "$1- id: ht-video\n$1  label: Video clip CCHC\n"));
    const r = await runCli(["items"], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ht-video +II\.2\.d +Video clip CCHC +TTVHĐA/m);
  });
});

describe("log add: units and measures as people write them", () => {
  it("--unit by abbreviation or name (any dash); a bare number takes the target's only measure", async () => {
    const root = project();
    const base = ["log", "add", "--date", "10/3/2022", "--item", "ht-doi-thoai", "--summary"];
    expect((await runCli([...base, "Đối thoại 1", "--unit", "TCHC", "--quantity", "1"], root)).code).toBe(0);
    expect((await runCli([...base, "Đối thoại 2", "--unit", "phòng tổ chức - hành chính", "--quantity", "1"], root)).code).toBe(0);
    const log = readLogFile(root, "logs/2022/tchc.yaml");
    expect(log.entries.map((e) => [e.unit, e.quantities])).toEqual([
      ["tchc", [{ value: 1, measure: "buổi" }]],
      ["tchc", [{ value: 1, measure: "buổi" }]],
    ]);
  });

  it("a measure that is not the target's is a warning at add and at check", async () => {
    const root = project();
    const r = await runCli(
      ["log", "add", "--date", "10/3/2022", "--item", "ht-doi-thoai", "--unit", "tchc", "--summary", "Lớp", "--quantity", "1 lớp"],
      root,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'cảnh báo  log/measure-mismatch\n--quantity: Số lượng "1 lớp" có đơn vị tính khác chỉ tiêu của mục ("buổi")',
    );
    const check = await runCli(["check"], root);
    expect(check.stdout + check.stderr).toMatch(/logs\/2022\/tchc\.yaml:\d+:\d+ {2}cảnh báo {2}log\/measure-mismatch/);
  });
});

describe("log list, remove, undo", () => {
  it("numbers entries across logs; remove by number and undo the last write go through the log writer", async () => {
    const root = project();
    const add = (summary: string, unit: string, date = "10/3/2022") =>
      runCli(["log", "add", "--date", date, "--item", "ht-doi-thoai", "--unit", unit, "--summary", summary, "--quantity", "1"], root);
    await add("Một", "tchc");
    await add("Hai", "khtc", "20/3/2022");
    await add("Ba", "tchc", "20/5/2022");
    const all = await runCli(["log", "list"], root);
    expect(all.stdout).toContain("logs/2022/khtc.yaml:\n1  20/3/2022 | khtc | ht-doi-thoai | Hai | 1 buổi\n");
    expect(all.stdout).toContain("logs/2022/tchc.yaml:\n2  10/3/2022 | tchc | ht-doi-thoai | Một | 1 buổi\n3  20/5/2022");
    const q1 = await runCli(["log", "list", "--unit", "TCHC", "--quarter", "I"], root);
    expect(q1.stdout).toContain("\n2  10/3/2022 | tchc");
    expect(q1.stdout).toContain("1 mục.");
    const removed = await runCli(["log", "remove", "2"], root);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toBe("Đã xóa 1 mục khỏi logs/2022/tchc.yaml:\n  10/3/2022 | tchc | ht-doi-thoai | Một | 1 buổi\n");
    expect(readLogFile(root, "logs/2022/tchc.yaml").entries.map((e) => e.summary)).toEqual(["Ba"]);
    await add("Bốn", "tchc", "21/5/2022");
    const undo = await runCli(["log", "undo"], root);
    expect(undo.code).toBe(0);
    expect(readLogFile(root, "logs/2022/tchc.yaml").entries.map((e) => e.summary)).toEqual(["Ba"]);
    // Undone once: nothing left to undo.
    expect((await runCli(["log", "undo"], root)).code).toBe(2);
    expect(readFileSync(join(root, "logs/2022/tchc.yaml"), "utf8")).toMatch(/^entries:\n {2}- date: 2022-05-20\n/m);
  });

  it("undo refuses when the log changed after the write it would undo", async () => {
    const root = project();
    await runCli(
      ["log", "add", "--date", "10/3/2022", "--item", "ht-doi-thoai", "--unit", "tchc", "--summary", "Một", "--quantity", "1"],
      root,
    );
    const path = join(root, "logs/2022/tchc.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("summary: Một", "summary: Một (sửa tay)"));
    const before = readFileSync(path, "utf8");
    const r = await runCli(["log", "undo"], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("log/entry-not-found");
    expect(readFileSync(path, "utf8")).toBe(before);
  });
});

describe("log import of spreadsheets as they are really saved", () => {
  it(".xlsx: STT ignored with one warning, headers without accents, serial and time-stamped dates, unit names", async () => {
    const root = project();
    const xlsx = await workbook([
      ["STT", "Ngay", "Muc ke hoach", "Don vi", "Noi dung", "So luong", "Ghi chu khac"],
      [1, new Date(Date.UTC(2022, 2, 10)), "ht-doi-thoai", "TCHC", "Đối thoại với doanh nghiệp", 1, "x"],
      [2, 44652, "ht-video", "Trung tâm Văn hóa - Điện ảnh", "Video về dịch vụ công", 2, ""],
      [3, "2022-04-05 00:00:00", "ht-video", "ttvhda", "Video thứ ba", "1", ""],
    ]);
    writeFileSync(join(root, "nhat-ky.xlsx"), xlsx);
    const r = await runCli(["log", "import", "nhat-ky.xlsx", "--into", "logs/2022/nhap.yaml"], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/log\/import-columns-ignored/g)).toHaveLength(1);
    expect(r.stderr).toContain('Bỏ qua 2 cột không có trong mẫu nhập: "STT", "Ghi chu khac".');
    expect(r.stdout).toBe("Đã ghi 3 mục vào logs/2022/nhap.yaml\n");
    const log = readLogFile(root, "logs/2022/nhap.yaml");
    expect(log.entries.map((e) => [e.date, e.unit, e.quantities])).toEqual([
      ["2022-03-10", "tchc", [{ value: 1, measure: "buổi" }]],
      ["2022-04-01", "ttvhda", [{ value: 2, measure: "video" }]],
      ["2022-04-05", "ttvhda", [{ value: 1, measure: "video" }]],
    ]);
    // The same file again adds nothing and says so.
    const again = await runCli(["log", "import", "nhat-ky.xlsx", "--into", "logs/2022/nhap.yaml"], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe("Không có mục mới: 3 mục đã có, bỏ qua.\n");
    expect(readLogFile(root, "logs/2022/nhap.yaml").entries).toHaveLength(3);
  });

  it("a TCVN3 CSV is converted, not refused", async () => {
    const root = project();
    const text = "Ngày,Mục kế hoạch,Đơn vị,Nội dung,Số lượng\n10/03/2022,ht-doi-thoai,tchc,Đối thoại trực tiếp với doanh nghiệp,1\n";
    writeFileSync(join(root, "tcvn3.csv"), iconv.encode(text, "tcvn"));
    const r = await runCli(["log", "import", "tcvn3.csv", "--into", "logs/2022/tchc.yaml"], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Tệp CSV lưu bằng bảng mã TCVN3 (phông .VnTime)");
    expect(readLogFile(root, "logs/2022/tchc.yaml").entries[0]!.summary).toBe("Đối thoại trực tiếp với doanh nghiệp");
  });

  it("--template writes an .xlsx with the plan's ids and units as drop-down lists, and it imports back", async () => {
    const root = project();
    const r = await runCli(["log", "import", "--template", "mau.xlsx"], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("Đã ghi bảng tính mẫu mau.xlsx\n");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(root, "mau.xlsx")) as never);
    const sheet = book.getWorksheet("Nhật ký")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Ngày",
      "Mục kế hoạch",
      "Đơn vị",
      "Nội dung",
      "Số lượng",
      "Đơn vị tính",
      "Kinh phí",
      "Minh chứng",
      "Ghi chú",
    ]);
    expect(sheet.getCell("B2").dataValidation).toMatchObject({ type: "list", formulae: ["'Danh mục'!$A$2:$A$34"] });
    expect(sheet.getCell("C2").dataValidation).toMatchObject({ type: "list", formulae: ["'Danh mục'!$D$2:$D$5"] });
    const lists = book.getWorksheet("Danh mục")!;
    expect(lists.getColumn(1).values).toContain("ht-doi-thoai");
    expect(lists.getColumn(4).values).toEqual([undefined, "Mã đơn vị", "tchc", "khtc", "phong-don-vi", "ttvhda"]);
    // Filled in as a clerk would, it imports.
    sheet.getCell("A2").value = new Date(Date.UTC(2022, 2, 10));
    sheet.getCell("B2").value = "ht-doi-thoai";
    sheet.getCell("C2").value = "tchc";
    sheet.getCell("D2").value = "Đối thoại";
    sheet.getCell("E2").value = 1;
    writeFileSync(join(root, "mau.xlsx"), Buffer.from(await book.xlsx.writeBuffer()));
    const imported = await runCli(["log", "import", "mau.xlsx", "--into", "logs/2022/tchc.yaml"], root);
    expect(imported.code, imported.stderr).toBe(0);
    expect(readLogFile(root, "logs/2022/tchc.yaml").entries[0]).toMatchObject({
      date: "2022-03-10",
      quantities: [{ value: 1, measure: "buổi" }],
    });
  });
});
