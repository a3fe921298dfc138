// What the schema cannot say about a notes file, checked as a plan's text is: the report's date
// must exist (2022-13-45 has the right shape and no day), and every sentence goes into the Báo
// cáo, so a character the PDF font lacks (CJK, emoji) would vanish from the printed report, and a
// character XML forbids (U+FFFE, control characters, which the font lacks too) would make a DOCX
// that Word cannot open. Diagnostics carry pointers; the caller locates them.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { joinPointer } from "../diagnostics/pointer.js";
import { charsOutsideFont } from "../check/rules/font-coverage.js";
import { diag } from "../check/rule.js";
import { parseIsoDate, parseVnDate } from "../util/vn-date.js";

/** Every string of the notes with its pointer. */
function strings(value: unknown, pointer: string, out: { text: string; pointer: string }[]): void {
  if (typeof value === "string") out.push({ text: value, pointer });
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) strings(v, joinPointer(pointer, i), out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, joinPointer(pointer, k), out);
}

export function notesTextProblems(data: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const date = (data as { date?: unknown } | undefined)?.date;
  const real = typeof date === "string" && (/^\d{4}-/u.test(date) ? parseIsoDate(date) : parseVnDate(date)) !== undefined;
  if (typeof date === "string" && /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/u.test(date) && !real) {
    out.push(
      diag(
        "rule/date-invalid",
        "/date",
        `Ngày "${date}" không có thật.`,
        "Kiểm tra lại ngày và tháng (tháng từ 01 đến 12; tháng 2 chỉ có 28 hoặc 29 ngày).",
      ),
    );
  }
  const found: { text: string; pointer: string }[] = [];
  strings(data, "", found);
  // U+FFFE and control characters are not in the font either: the same check keeps them out.
  for (const { text, pointer } of found)
    out.push(...charsOutsideFont(text, pointer, "báo cáo in ra (U+FFFE và ký tự điều khiển còn làm hỏng tệp DOCX)"));
  return out;
}
