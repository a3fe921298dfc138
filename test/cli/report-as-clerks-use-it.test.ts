// Issue 13, the clerk's report: results under the plan's own sections and headings, full item
// names, honest figures (over 100%, no comparison without data, a quantity credited once, cost
// on one row per entry), `report --notes`, placeholders, a dismissed shortcoming, notes dates
// typed 15/3/2022, a provisional period, --quarter I, dd/mm/yyyy options, and --format xlsx
// opened by LibreOffice.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";
import { docxText } from "../helpers/docx-text.js";

const ENV = { SOURCE_DATE_EPOCH: "1767225600", NO_COLOR: "1" };

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-i13-report-"));
  mkdirSync(join(root, ".git"));
  for (const dir of ["plans", "logs", "schemas"]) cpSync(resolve(dir), join(root, dir), { recursive: true });
  cpSync(resolve("cai-cach.config.yaml"), join(root, "cai-cach.config.yaml"));
  return root;
}

const hasSoffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("report: figures a clerk can defend", () => {
  it("groups results under the plan's own headings; full names; a pointer to the appendix", async () => {
    const root = project();
    const r = await runCli(["report", "--quarter", "I", "--format", "docx"], root, ENV);
    expect(r.code, r.stderr).toBe(0);
    const text = await docxText(readFileSync(join(root, "out/bao-cao-2022-Q1.docx")));
    expect(text).toContain("[Khoan] 2. Kết quả thực hiện các nội dung của kế hoạch\n[Diem] Nội dung tuyên truyền:\n");
    expect(text).toContain("[Diem] Hình thức tuyên truyền:\n[GachDauDong] - Tổ chức các chương trình thực tế lãnh đạo Sở");
    expect(text).not.toContain("Kết quả thực hiện các nội dung, hình thức tuyên truyền");
    // Never cut with "…": the whole name, then the figures.
    expect(text).toContain("giải pháp mới mang lại hiệu quả thiết thực cho người dân, doanh nghiệp như: trong kỳ thực hiện 5 hoạt động");
    expect(text).toContain("[NoiDung] (Số liệu chi tiết tại Biểu số liệu kèm theo.)");
    // No previous period with data (Q4 2021 has none): no "tăng 20 so với kỳ trước".
    expect(text).not.toContain("So với quý IV năm 2021");
    // The appendix on landscape pages.
    expect(text).toMatch(/section 2: page 297 x 210 mm/);
  });

  it("over-achievement shows above 100%, 'vượt chỉ tiêu'; a quantity logged against two items counts once", async () => {
    const root = project();
    const data = JSON.parse((await runCli(["report", "--annual", "--format", "json"], root, ENV)).stdout) as {
      items: { id: string; period: { quantities: Record<string, number>; entries: number }; targets: { ratio: number }[] }[];
    };
    const item = (id: string) => data.items.find((i) => i.id === id)!;
    expect(item("ht-cong-thong-tin").targets[0]!.ratio).toBeGreaterThan(1);
    // Entries name [ht-cong-thong-tin, nd-van-ban] with "2 tin/bài": the news items go to the item
    // whose target counts them; nd-van-ban has the activity, not the figures.
    expect(item("nd-van-ban").period.quantities).toEqual({});
    expect(item("nd-van-ban").period.entries).toBeGreaterThan(0);
    const docx = await runCli(["report", "--annual", "--format", "docx"], root, ENV);
    expect(docx.code).toBe(0);
    expect(await docxText(readFileSync(join(root, "out/bao-cao-2022.docx")))).toMatch(/93\/48 tin\/bài \(194%, vượt chỉ tiêu\)/);
  });

  it("CSV: the cost column sums to the period's cost (one row per entry's cost)", async () => {
    const root = project();
    const csv = (await runCli(["report", "--quarter", "1", "--format", "csv"], root, ENV)).stdout;
    const rows = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .slice(1);
    const sum = rows.reduce((s, row) => s + (Number(row.split(",").at(-2)) || 0), 0);
    const json = JSON.parse((await runCli(["report", "--quarter", "1", "--format", "json"], root, ENV)).stdout) as {
      totals: { period: { cost: number } };
    };
    expect(sum).toBe(json.totals.period.cost);
    expect(sum).toBe(17_000_000);
  });
});

describe("report notes as a clerk finds them", () => {
  it("--help and the warning point to --notes; --notes writes a commented file with the prompts", async () => {
    const root = project();
    const help = await runCli(["report", "--help"], root, ENV);
    expect(help.stdout).toContain("cai-cach report --quarter 1 --notes");
    const first = await runCli(["report", "--quarter", "1", "--format", "json"], root, ENV);
    expect(first.stderr).toContain("Gợi ý: Tạo tệp ghi chú có sẵn các mục cần điền: cai-cach report --quarter 1 --year 2022 --notes");
    const made = await runCli(["report", "--quarter", "1", "--notes"], root, ENV);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toBe("Đã tạo tệp ghi chú reports/notes/2022-Q1.yaml: điền các mục rồi chạy lại cai-cach report.\n");
    const notes = readFileSync(join(root, "reports/notes/2022-Q1.yaml"), "utf8");
    for (const key of ["directing: []", "results: []", "strengths: []", "shortcomings: []", "causes: []", "tasks: []", "requests: []"])
      expect(notes).toContain(`\n${key}\n`);
    expect(notes).toContain("#   - Tổ chức tập huấn, hướng dẫn nghiệp vụ");
    expect(notes).toContain("(ht-tap-huan)");
    // Never over an existing file.
    const again = await runCli(["report", "--quarter", "1", "--notes"], root, ENV);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("report/notes-exists");
    // The fresh file is valid: the report reads it and shows placeholders for the empty sections.
    const r = await runCli(["report", "--quarter", "1", "--format", "docx"], root, ENV);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("notes-missing");
    const text = await docxText(readFileSync(join(root, "out/bao-cao-2022-Q1.docx")));
    expect(text).toContain(
      "[NoiDung] [Cần bổ sung: các văn bản chỉ đạo, triển khai đã ban hành trong kỳ (mục directing của tệp reports/notes/2022-Q1.yaml).]",
    );
    expect(text).toContain("[NoiDung] [Cần bổ sung: ưu điểm (mục strengths");
    expect(text).toContain("[NoiDung] [Cần bổ sung: nguyên nhân của tồn tại, hạn chế (mục causes");
  });

  it("an automatic shortcoming is dismissed in the notes; notes dates typed 15/3/2022", async () => {
    const root = project();
    mkdirSync(join(root, "reports/notes"), { recursive: true });
    writeFileSync(
      join(root, "reports/notes/2022-Q1.yaml"),
      "number: 12\ndate: 15/3/2022\ndismiss: [ht-tap-huan]\ncauses: [Thiếu kinh phí]\n",
    );
    const r = await runCli(["report", "--quarter", "1", "--format", "docx"], root, ENV);
    expect(r.code, r.stderr).toBe(0);
    const text = await docxText(readFileSync(join(root, "out/bao-cao-2022-Q1.docx")));
    expect(text).not.toContain("[NoiDung] Các nội dung chưa có hoạt động trong kỳ:");
    expect(text).toContain("[Khoan] 2. Tồn tại, hạn chế và nguyên nhân\n[NoiDung] Nguyên nhân:\n[GachDauDong] - Thiếu kinh phí\n");
    expect(text).toContain("ngày 15 tháng 3 năm 2022");
  });
});

describe("periods as clerks write them", () => {
  it("a period that has not ended is provisional, in the terminal and on the document", async () => {
    const root = project();
    // 5/3/2022: inside Q1 2022's window (15/12/2021–14/3/2022).
    const r = await runCli(["report", "--quarter", "I", "--format", "docx"], root, { ...ENV, SOURCE_DATE_EPOCH: "1646438400" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      "cảnh báo  report/period-open\nKỳ quý I năm 2022 chưa kết thúc (số liệu chốt ngày 14/3/2022): số liệu tính đến hôm nay, 05/3/2022, là số tạm tính.",
    );
    const text = await docxText(readFileSync(join(root, "out/bao-cao-2022-Q1.docx")));
    expect(text).toContain("[NoiDung] (Số liệu tạm tính: kỳ báo cáo chưa kết thúc, số liệu tính đến ngày 05/3/2022.)");
    expect(text).toContain("[PhuLucKemTheo] (Số liệu tạm tính đến ngày 05/3/2022)");
  });

  it("--quarter IV and ad hoc dates typed dd/mm/yyyy", async () => {
    const root = project();
    const q = JSON.parse((await runCli(["report", "--quarter", "IV", "--format", "json"], root, ENV)).stdout) as {
      period: { key: string };
    };
    expect(q.period.key).toBe("2022-Q4");
    const adhoc = JSON.parse(
      (await runCli(["report", "--from", "1/2/2022", "--to", "15/02/2022", "--format", "json"], root, ENV)).stdout,
    ) as {
      period: { from: string; to: string };
    };
    expect(adhoc.period).toMatchObject({ from: "2022-02-01", to: "2022-02-15" });
  });
});

describe("report --format xlsx", () => {
  it("numbers as numbers, number formats, frozen header, widths, SUM formulas; per unit and per month", async () => {
    const root = project();
    const r = await runCli(["report", "--quarter", "1", "--format", "xlsx"], root, ENV);
    expect(r.code, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(root, "out/bao-cao-2022-Q1.xlsx")) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Biểu số liệu", "Theo đơn vị", "Theo tháng"]);
    const data = book.getWorksheet("Biểu số liệu")!;
    expect(data.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(data.getColumn(3).width).toBe(60);
    const row = data.getRow(7);
    expect(row.getCell(2).value).toBe("ht-cong-thong-tin");
    expect(row.getCell(6).value).toBe(20);
    expect(typeof row.getCell(8).value).toBe("number");
    expect(row.getCell(8).numFmt).toBe("0%");
    expect(row.getCell(10).numFmt).toBe("#,##0");
    const total = data.getRow(data.rowCount);
    expect(total.getCell(10).value).toMatchObject({ formula: `SUM(J2:J${data.rowCount - 1})`, result: 17_000_000 });
    const months = book.getWorksheet("Theo tháng")!;
    expect(months.getColumn(1).values.slice(2)).toEqual(["12/2021", "1/2022", "2/2022", "3/2022", "Tổng cộng"]);
  });

  it.skipIf(!hasSoffice)(
    "opens in LibreOffice: its CSV of the data sheet has the figures and the computed totals",
    async () => {
      const root = project();
      await runCli(["report", "--quarter", "1", "--format", "xlsx"], root, ENV);
      const out = join(root, "lo");
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(root, "lo-profile")}`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
          "--outdir",
          out,
          join(root, "out/bao-cao-2022-Q1.xlsx"),
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
      const csv = readFileSync(join(out, "bao-cao-2022-Q1.csv"), "utf8").trim().split(/\r?\n/);
      expect(csv[0]).toBe(
        "TT,Mã,Mục kế hoạch,Đơn vị tính,Chỉ tiêu năm,Trong kỳ,Lũy kế năm,Tỷ lệ,Số hoạt động trong kỳ,Kinh phí trong kỳ (đồng),Trạng thái",
      );
      expect(csv.find((l) => l.startsWith("6,ht-cong-thong-tin,"))).toMatch(/,tin\/bài,48,20,20,42%,12,"?[\d.,]+"?,Đang thực hiện$/);
      // The total row: LibreOffice computed the SUM formulas.
      expect(csv.at(-1)).toMatch(/^,,Tổng cộng,,,,,,,"?17[.,]000[.,]000"?,$/);
      expect(existsSync(join(out, "bao-cao-2022-Q1.csv"))).toBe(true);
    },
    180_000,
  );
});
