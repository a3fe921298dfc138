// Severities from cai-cach.config.yaml and --max-warnings, end to end through `cai-cach check`.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../diff/run-cli.js";

const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 5) / 1000) };
let dir: string;
let config: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cai-cach-sev-"));
  expect((await runCli(["init", "--agency", "Sở Nội vụ", "--place", "Đồng Nai", "--no-lock"], dir, env)).code).toBe(0);
  // One defect: 30 February.
  const plan = join(dir, "plans/plan-2026.yaml");
  // The one finding under test: a date that does not exist (the signer filled in, as a clerk
  // would, so the scaffold's placeholders add no warning of their own).
  writeFileSync(
    plan,
    readFileSync(plan, "utf8")
      .replace(/^date: .*$/m, "date: 2026-02-30")
      .replace("title: THỦ TRƯỞNG CƠ QUAN", "title: GIÁM ĐỐC")
      .replace("name: Tên đơn vị 1", "name: Phòng Pháp chế")
      .replace("name: Tên đơn vị 2", "name: Phòng Kế hoạch – Tài chính")
      .replace("name: Họ và tên", "name: Nguyễn Văn An"),
  );
  config = readFileSync(join(dir, "cai-cach.config.yaml"), "utf8");
});

const withRule = (severity: string) =>
  writeFileSync(join(dir, "cai-cach.config.yaml"), config.replace("rules: {}", `rules:\n  rule/date-invalid: ${severity}`));

describe("severities per rule and --max-warnings", () => {
  it("an error by default: exit 1", async () => {
    withRule("error");
    const run = await runCli(["check", "--format", "json"], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics).toEqual([expect.objectContaining({ code: "rule/date-invalid", severity: "error" })]);
  });

  it("lowered to a warning: exit 0, still reported", async () => {
    withRule("warning");
    const run = await runCli(["check", "--format", "json"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).diagnostics).toEqual([expect.objectContaining({ code: "rule/date-invalid", severity: "warning" })]);
  });

  it("--max-warnings 0 fails on that warning, --max-warnings 1 does not", async () => {
    withRule("warning");
    const strict = await runCli(["check", "--max-warnings", "0"], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("Có 1 cảnh báo, vượt quá giới hạn --max-warnings 0.");
    expect((await runCli(["check", "--max-warnings", "1"], dir)).code).toBe(0);
  });

  it("off: not reported at all, exit 0 even with --max-warnings 0", async () => {
    withRule("off");
    const run = await runCli(["check", "--format", "json", "--max-warnings", "0"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).diagnostics).toEqual([]);
  });

  it("a --max-warnings that is not a number cannot run: exit 2", async () => {
    const run = await runCli(["check", "--max-warnings", "nhiều"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--max-warnings");
  });
});
