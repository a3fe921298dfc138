// `cai-cach report` end to end on a copy of the repository's plan and sample logs: the JSON
// figures, the Báo cáo as golden normalised text (DOCX and PDF), warnings, exit codes.
// UPDATE_GOLDEN=1 rewrites the golden files under test/fixtures/logs/golden/ (review the diff; see test/README.md).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";
import { docxText } from "../helpers/docx-text.js";
import { expectGolden } from "../helpers/golden.js";
import { pdfPages } from "../helpers/pdf-text.js";

const GOLDEN = resolve("test/fixtures/logs/golden");

function project(withLogs = true): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-report-"));
  mkdirSync(join(root, ".git"));
  cpSync(resolve("plans"), join(root, "plans"), { recursive: true });
  if (withLogs) cpSync(resolve("logs"), join(root, "logs"), { recursive: true });
  return root;
}

const golden = (name: string, text: string): void => expectGolden(join(GOLDEN, name), text);

describe("cai-cach report", () => {
  it("--format json: the Q1 2022 figures of the sample logs, traceable to entries", async () => {
    const root = project();
    const r = await runCli(["report", "--quarter", "1", "--format", "json"], root);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.period).toMatchObject({ from: "2021-12-15", to: "2022-03-14", label: "quý I năm 2022" });
    expect(data.sample).toBe(true);
    const news = data.items.find((i: { id: string }) => i.id === "ht-cong-thong-tin");
    // Every counted figure comes from the entries listed in `sources`.
    const sum = news.sources.reduce((s: number, src: string) => {
      const [file, index] = src.split("#");
      const text = readFileSync(join(root, file), "utf8");
      const entry = text.split("\n  - date: ").slice(1)[Number(index)];
      return s + Number(/value: (\d+), measure: tin\/bài/.exec(entry)![1]);
    }, 0);
    expect(news.period.quantities["tin/bài"]).toBe(sum);
    expect(r.stderr).toContain("report/notes-missing");
    golden("report-2022-Q1.json", r.stdout);
  });

  it("writes the Báo cáo as DOCX and PDF; both say the window and that notes are missing", async () => {
    const root = project();
    const r = await runCli(["report", "--quarter", "1"], root, { SOURCE_DATE_EPOCH: "1647734400" });
    expect(r.code).toBe(0);
    expect(readdirSync(join(root, "out")).sort()).toEqual(["bao-cao-2022-Q1.docx", "bao-cao-2022-Q1.pdf"]);
    expect(r.stdout).toContain("ht-cong-thong-tin");
    expect(r.stdout).not.toContain("\u001b["); // not a TTY: no colour
    const docx = await docxText(readFileSync(join(root, "out", "bao-cao-2022-Q1.docx")));
    const pdf = (await pdfPages(readFileSync(join(root, "out", "bao-cao-2022-Q1.pdf")))).join("\n\f\n");
    for (const text of [docx, pdf.replace(/\n/g, " ")]) {
      expect(text).toContain("Số liệu tính từ ngày 15/12/2021 đến ngày 14/3/2022");
      expect(text).toContain("Chưa có ghi chú của đơn vị cho kỳ này");
      expect(text).toContain("KIẾN NGHỊ, ĐỀ XUẤT");
    }
    golden("bao-cao-2022-Q1.docx.txt", docx);
    golden("bao-cao-2022-Q1.pdf.txt", pdf);
  });

  it("uses the notes file and the config's Kính gửi when present", async () => {
    const root = project();
    writeFileSync(join(root, "cai-cach.config.yaml"), "report:\n  addressees: [Sở Nội vụ tỉnh Đồng Nai]\n");
    mkdirSync(join(root, "reports", "notes"), { recursive: true });
    writeFileSync(
      join(root, "reports", "notes", "2022-Q1.yaml"),
      "number: 45\ndate: 2022-03-18\nstrengths: [Các đơn vị chủ động đăng tin đều đặn.]\nrequests: [Đề nghị Sở Nội vụ hỗ trợ tài liệu tuyên truyền.]\n",
    );
    const r = await runCli(["report", "--quarter", "1", "--format", "docx"], root);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("notes-missing");
    const docx = await docxText(readFileSync(join(root, "out", "bao-cao-2022-Q1.docx")));
    expect(docx).toContain("[KinhGui] Kính gửi: Sở Nội vụ tỉnh Đồng Nai");
    expect(docx).toContain("Số: 45/BC-SVHTTDL");
    expect(docx).toContain("ngày 18 tháng 3 năm 2022");
    expect(docx).toContain("- Đề nghị Sở Nội vụ hỗ trợ tài liệu tuyên truyền.");
    expect(docx).toContain("- Như trên;");
    expect(docx).not.toContain("Chưa có ghi chú");
  });

  it("a repository's own templates/bao-cao.hbs overrides the generated sentences", async () => {
    const root = project();
    mkdirSync(join(root, "templates"));
    const own = readFileSync(resolve("templates/bao-cao.hbs"), "utf8").replace(
      "trong kỳ thực hiện {{activities}} hoạt động",
      "kỳ này có {{activities}} việc",
    );
    writeFileSync(join(root, "templates", "bao-cao.hbs"), own);
    const r = await runCli(["report", "--quarter", "1", "--format", "docx"], root);
    expect(r.code).toBe(0);
    const docx = await docxText(readFileSync(join(root, "out", "bao-cao-2022-Q1.docx")));
    expect(docx).toContain("kỳ này có 12 việc (20 tin/bài)");
    expect(docx).not.toContain("trong kỳ thực hiện");
  });

  it("calendar windows from the config", async () => {
    const root = project();
    writeFileSync(join(root, "cai-cach.config.yaml"), "report:\n  window: calendar\n");
    const r = await runCli(["report", "--quarter", "1", "--format", "json"], root);
    expect(JSON.parse(r.stdout).period).toMatchObject({ from: "2022-01-01", to: "2022-03-31", deadline: "2022-04-20" });
  });

  it("md and csv; unknown ids are reported, not dropped", async () => {
    const root = project();
    writeFileSync(
      join(root, "logs", "sai.yaml"),
      "year: 2022\nunit: tchc\nentries:\n  - date: 2022-02-01\n    items: [ht-khong-co]\n    summary: Việc không khớp\n",
    );
    const md = await runCli(["report", "--quarter", "1", "--format", "md"], root);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("`logs/sai.yaml#0` 2022-02-01: Việc không khớp (mã không có: ht-khong-co)");
    expect(md.stderr).toContain("report/unmatched-entry");
    const csv = await runCli(["report", "--quarter", "1", "--format", "csv"], root);
    expect(csv.stdout.startsWith("\uFEFFid,muc_ke_hoach,")).toBe(true);
    expect(csv.stdout).toContain("ht-cong-thong-tin,");
  });

  it("exit codes: 2 for a bad period or a missing plan year, 1 for a broken log", async () => {
    const root = project();
    expect((await runCli(["report", "--quarter", "5"], root)).code).toBe(2);
    expect((await runCli(["report"], root)).code).toBe(2);
    expect((await runCli(["report", "--annual", "--year", "2019"], root)).code).toBe(2);
    writeFileSync(join(root, "logs", "hong.yaml"), "entries:\n  - date: 2022-01-01\n    items: [x\n");
    const broken = await runCli(["report", "--quarter", "1", "--format", "json"], root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/logs\/hong\.yaml:\d+:\d+ {2}lỗi {2}log\/syntax/);
  });

  it("works with no logs at all (zeros, a warning)", async () => {
    const r = await runCli(["report", "--half", "1", "--format", "json"], project(false));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals.period.entries).toBe(0);
    expect(r.stderr).toContain("report/no-logs");
  });
});
