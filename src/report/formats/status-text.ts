// `cai-cach status` as one screen of text, as JSON, and its deadlines as an iCalendar file
// (RFC 5545) that Outlook and Google Calendar import: one all-day event per report deadline and
// per item deadline, stable UIDs, DTSTAMP from the given day so the file is reproducible.
import { jsonEscaped } from "../../util/terminal-text.js";
import { type Period, short } from "../periods.js";
import type { StatusData } from "../status.js";

export function statusText(s: StatusData): string {
  const out = [`Hôm nay ${short(s.today)}; kỳ số liệu hiện tại: ${s.current.label} (${short(s.current.from)} – ${short(s.current.to)}).`];
  if (s.due) {
    const also = s.due.alsoDue.length ? ` (cùng hạn: ${s.due.alsoDue.join(", ")})` : "";
    const left = s.due.daysLeft === 0 ? "hạn là hôm nay" : `còn ${s.due.daysLeft} ngày`;
    out.push(
      `Báo cáo sắp đến hạn: ${s.due.label}${also}`,
      `  số liệu từ ${short(s.due.from)} đến ${short(s.due.to)}; hạn gửi ${short(s.due.deadline)}, ${left}.`,
    );
  }
  out.push(s.behind.length ? `Chậm tiến độ (${s.behind.length}):` : "Không có nội dung nào chậm tiến độ.");
  for (const b of s.behind) out.push(`  - ${b.label} (${b.id}): ${b.why}`);
  out.push(s.silentUnits.length ? `Đơn vị chưa ghi nhật ký trong kỳ (${s.silentUnits.length}):` : "Mọi đơn vị đã ghi nhật ký trong kỳ.");
  for (const u of s.silentUnits) out.push(`  - ${u.name} (${u.id})`);
  return `${out.join("\n")}\n`;
}

export function statusJson(s: StatusData): string {
  return `${jsonEscaped(JSON.stringify(s, null, 2))}\n`;
}

/** Text of an iCalendar value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
const icsText = (s: string): string => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");

/** Lines longer than 75 octets folded with CRLF + space (RFC 5545 3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = "";
  for (const ch of line) {
    if (Buffer.byteLength(current + ch) > (out.length ? 74 : 75)) {
      out.push(current);
      current = "";
    }
    current += ch;
  }
  out.push(current);
  return out.join("\r\n ");
}

const compact = (iso: string): string => iso.replace(/-/g, "");
const nextDay = (iso: string): string =>
  new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10) + 1)).toISOString().slice(0, 10);

export function statusIcs(today: string, reports: Period[], items: { id: string; label: string; deadline: string }[]): string {
  const events = [
    ...reports
      .filter((p) => p.deadline !== undefined)
      .map((p) => ({
        uid: `bao-cao-${p.key}@cai-cach`,
        date: p.deadline!,
        summary: `Hạn gửi báo cáo ${p.label}`,
        description: `Số liệu từ ${short(p.from)} đến ${short(p.to)}. Lập bằng: cai-cach report.`,
      })),
    ...items.map((i) => ({
      uid: `muc-${i.id}@cai-cach`,
      date: i.deadline,
      summary: `Hạn: ${i.label}`,
      description: `Mục kế hoạch ${i.id}.`,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cai-cach//status//VI", "CALSCALE:GREGORIAN"];
  for (const e of events)
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${compact(today)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${icsText(e.summary)}`,
      `DESCRIPTION:${icsText(e.description)}`,
      "END:VEVENT",
    );
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
