// `cai-cach status` (issue 13): the report due next with its window, deadline and days left,
// the items behind schedule, the units with no entry this period; --format json; --ics; the
// same output for the same --today.
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-i13-status-"));
  mkdirSync(join(root, ".git"));
  for (const dir of ["plans", "logs", "schemas"]) cpSync(resolve(dir), join(root, dir), { recursive: true });
  return root;
}

describe("cai-cach status", () => {
  it("in Q1: the Q1 report, its window, deadline and days left; the unit with no entry", async () => {
    const root = project();
    const r = await runCli(["status", "--today", "05/03/2022"], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        "Hôm nay 05/3/2022; kỳ số liệu hiện tại: quý I năm 2022 (15/12/2021 – 14/3/2022).",
        "Báo cáo sắp đến hạn: quý I năm 2022",
        "  số liệu từ 15/12/2021 đến 14/3/2022; hạn gửi 20/3/2022, còn 15 ngày.",
        "Không có nội dung nào chậm tiến độ.",
        "Đơn vị chưa ghi nhật ký trong kỳ (1):",
        "  - Phòng Kế hoạch – Tài chính (khtc)",
        "",
      ].join("\n"),
    );
  });

  it("late in the year: items behind the share of the year elapsed; reports due together", async () => {
    const root = project();
    const r = await runCli(["status", "--today", "2022-11-20", "--format", "json"], root);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as { due: { key: string; daysLeft: number; alsoDue: string[] }; behind: { id: string; why: string }[] };
    expect(s.due).toMatchObject({ key: "2022-Q4", daysLeft: 30, alsoDue: ["6 tháng cuối năm 2022", "năm 2022"] });
    expect(s.behind.map((b) => [b.id, b.why])).toEqual([
      ["ht-video", "đạt 83% chỉ tiêu video, đã qua 93% năm"],
      ["ht-an-pham", "đạt 75% chỉ tiêu tờ gấp, đã qua 93% năm"],
    ]);
    // Deterministic: the same day gives the same bytes.
    expect((await runCli(["status", "--today", "20/11/2022", "--format", "json"], root)).stdout).toBe(r.stdout);
  });

  it("--ics writes every report deadline and item deadline as all-day events", async () => {
    const root = project();
    const r = await runCli(["status", "--today", "10/6/2022", "--ics", "lich.ics"], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Báo cáo sắp đến hạn: quý II năm 2022 (cùng hạn: 6 tháng đầu năm 2022)");
    expect(r.stdout).toContain("Đã ghi lịch lich.ics");
    const ics = readFileSync(join(root, "lich.ics"), "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(8); // 4 quarters, 2 halves, the year, ht-tap-huan's deadline
    expect(ics).toContain(
      "UID:bao-cao-2022-Q1@cai-cach\r\nDTSTAMP:20220610T000000Z\r\nDTSTART;VALUE=DATE:20220320\r\nDTEND;VALUE=DATE:20220321\r\n",
    );
    expect(ics).toContain("UID:muc-ht-tap-huan@cai-cach\r\nDTSTAMP:20220610T000000Z\r\nDTSTART;VALUE=DATE:20220930\r\n");
    // Every line within 75 octets (RFC 5545 folding).
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("a date that does not exist is refused with exit 2", async () => {
    const r = await runCli(["status", "--today", "30/02/2022"], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ngày "30/02/2022" không có thật.');
  });
});
