// `cai-cach audit` as a user runs it (in-process): a folder of DOCX files, the report that
// `report` writes (clean), every output format of `check` (stylish, json, sarif, github, junit)
// with the paragraph as the place, --max-warnings, and the exit codes (0, 1, 2).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";
import { mutatedDocx, renderedDocx, SEED } from "../audit/mutations.js";

const ENV = { SOURCE_DATE_EPOCH: "1767225600", NO_COLOR: "1" };
const roots: string[] = [];

async function project(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-audit-cli-"));
  roots.push(root);
  mkdirSync(join(root, ".git"));
  for (const dir of ["plans", "logs", "schemas"]) cpSync(resolve(dir), join(root, dir), { recursive: true });
  cpSync(resolve("cai-cach.config.yaml"), join(root, "cai-cach.config.yaml"));
  mkdirSync(join(root, "van-ban"));
  writeFileSync(join(root, "van-ban/ke-hoach.docx"), await renderedDocx(SEED));
  writeFileSync(join(root, "van-ban/sai-ngay.docx"), await mutatedDocx("date-unpadded"));
  writeFileSync(join(root, "van-ban/so-trang-trai.docx"), await mutatedDocx("page-number-left"));
  // Word's lock file of an open document: not a document.
  writeFileSync(join(root, "van-ban/~$ke-hoach.docx"), "lock");
  return root;
}

afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe("cai-cach audit", () => {
  it("audits the Báo cáo that report writes: clean, exit 0", async () => {
    const root = await project();
    const made = await runCli(["report", "--quarter", "1", "--format", "docx"], root, ENV);
    expect(made.code, made.stderr).toBe(0);
    const r = await runCli(["audit", "out/bao-cao-2022-Q1.docx"], root, ENV);
    expect(r.stdout).toBe("✓ 1 báo cáo: đúng thể thức Nghị định 30/2020/NĐ-CP.\n");
    expect(r.code).toBe(0);
  });

  it("a folder: each DOCX once, findings at their paragraph, exit 1", async () => {
    const root = await project();
    const r = await runCli(["audit", "van-ban"], root, ENV);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('van-ban/sai-ngay.docx (đoạn 10 "Đồng Nai, ngày 27 tháng 1 năm 2022")  lỗi  audit/date-padding');
    expect(r.stdout).toContain("van-ban/so-trang-trai.docx (đầu trang)  cảnh báo  audit/page-number");
    expect(r.stdout).not.toContain("~$");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("✗ 3 kế hoạch: 1 lỗi, 1 cảnh báo.");
  });

  it("json, sarif, github and junit carry the paragraph", async () => {
    const root = await project();
    const json = JSON.parse((await runCli(["audit", "van-ban/sai-ngay.docx", "--format", "json"], root, ENV)).stdout);
    expect(json.diagnostics).toEqual([
      expect.objectContaining({
        code: "audit/date-padding",
        file: "van-ban/sai-ngay.docx",
        place: { paragraph: 10, where: 'đoạn 10 "Đồng Nai, ngày 27 tháng 1 năm 2022"' },
        clause: "NĐ 30/2020/NĐ-CP, Phụ lục I, II.4",
      }),
    ]);
    const sarif = JSON.parse((await runCli(["audit", "van-ban/sai-ngay.docx", "--format", "sarif"], root, ENV)).stdout);
    const result = sarif.runs[0].results[0];
    expect(result.ruleId).toBe("audit/date-padding");
    expect(result.locations[0].logicalLocations[0]).toEqual({
      name: 'đoạn 10 "Đồng Nai, ngày 27 tháng 1 năm 2022"',
      kind: "paragraph",
      properties: { paragraph: 10 },
    });
    expect(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === "audit/margin")).toBe(true);
    const github = (await runCli(["audit", "van-ban/sai-ngay.docx", "--format", "github"], root, ENV)).stdout;
    expect(github).toMatch(/^::error file=van-ban\/sai-ngay\.docx,title=audit\/date-padding::đoạn 10 "Đồng Nai/u);
    const junit = (await runCli(["audit", "van-ban/sai-ngay.docx", "--format", "junit"], root, ENV)).stdout;
    expect(junit).toContain('van-ban/sai-ngay.docx (đoạn 10 "Đồng Nai, ngày 27 tháng 1 năm 2022") audit/date-padding');
  });

  it("--max-warnings 0 fails on a warning; a bad --format and a missing file cannot run (exit 2)", async () => {
    const root = await project();
    expect((await runCli(["audit", "van-ban/so-trang-trai.docx"], root, ENV)).code).toBe(0);
    const strict = await runCli(["audit", "van-ban/so-trang-trai.docx", "--max-warnings", "0"], root, ENV);
    expect(strict.code).toBe(1);
    expect((await runCli(["audit", "van-ban", "--format", "xml"], root, ENV)).code).toBe(2);
    const missing = await runCli(["audit", "khong-co.docx"], root, ENV);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("load/file-not-found");
    expect(readFileSync(join(root, "van-ban/ke-hoach.docx")).equals(await renderedDocx(SEED))).toBe(true);
  });
});
