// Headings and their numbering (Phụ lục I, II.6.b): phần "Phần I", mục "I.", khoản "1.", điểm
// "a)" in the Vietnamese alphabet (a, b, c, d, đ, e, g… no f, j, w, z), articles "Điều 1.";
// each level counts on without gaps or repeats and starts again under a new parent. Mục and phần
// titles are IN HOA and bold, a khoản with a title is bold.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { DIEM_LETTERS, diemLetter, roman } from "../../model/numbering.js";
import type { AuditRule } from "../context.js";
import { finding } from "../finding.js";
import { judgeComponent } from "./components.js";

const LETTERS: readonly string[] = DIEM_LETTERS;

export interface Heading {
  level: "phan" | "muc" | "khoan" | "diem" | "dieu";
  /** The number in its level's count (I → 1, đ → 5). */
  n: number;
  label: string;
  /** A short line without a final full stop: a title, not a sentence. */
  titled: boolean;
}

const romanValue = (s: string): number | undefined => {
  for (let n = 1; n <= 40; n++) if (roman(n) === s) return n;
  return undefined;
};

export function headingOf(text: string): Heading | undefined {
  const titled = (rest: string): boolean => rest.length > 0 && rest.length <= 120 && !/[.;:]$/u.test(rest);
  let m = /^Phần\s+(thứ\s+\S+|[IVXLC]+)\b\.?\s*(.*)$/u.exec(text);
  if (m) return { level: "phan", n: romanValue(m[1]!) ?? 0, label: `Phần ${m[1]}`, titled: true };
  m = /^Điều\s+(\d+)\.\s*(.*)$/u.exec(text);
  if (m) return { level: "dieu", n: Number(m[1]), label: `Điều ${m[1]}.`, titled: titled(m[2]!) };
  m = /^([IVXLC]+)\.\s+(.*)$/u.exec(text);
  if (m && romanValue(m[1]!) !== undefined) return { level: "muc", n: romanValue(m[1]!)!, label: `${m[1]}.`, titled: true };
  m = /^(\d{1,2})\.\s+(.*)$/u.exec(text);
  if (m) return { level: "khoan", n: Number(m[1]), label: `${m[1]}.`, titled: titled(m[2]!) };
  m = /^([a-zđ])\)\s+(.*)$/u.exec(text);
  if (m && LETTERS.includes(m[1]!)) return { level: "diem", n: LETTERS.indexOf(m[1]!) + 1, label: `${m[1]})`, titled: false };
  return undefined;
}

const ORDER: Heading["level"][] = ["phan", "muc", "dieu", "khoan", "diem"];
const NAMES: Record<Heading["level"], string> = { phan: "phần", muc: "mục", dieu: "điều", khoan: "khoản", diem: "điểm" };

const labelOf = (level: Heading["level"], n: number): string =>
  level === "phan"
    ? `Phần ${roman(n)}`
    : level === "muc"
      ? `${roman(n)}.`
      : level === "dieu"
        ? `Điều ${n}.`
        : level === "khoan"
          ? `${n}.`
          : `${diemLetter(Math.max(n, 1))})`;

export const headings: AuditRule = ({ found }) => {
  const out: Diagnostic[] = [];
  const counts = new Map<Heading["level"], number>();
  const formats = new Map<string, { d: Diagnostic; more: number }>();
  let section = -1;
  for (const l of found.body) {
    if (l.section !== section) {
      counts.clear();
      section = l.section;
    }
    const h = headingOf(l.plain);
    if (!h) continue;
    const expected = (counts.get(h.level) ?? 0) + 1;
    if (h.n !== expected && h.n !== 0) {
      out.push(
        finding(
          "audit/heading-sequence",
          l,
          `${NAMES[h.level][0]!.toUpperCase()}${NAMES[h.level].slice(1)} đánh số "${h.label}" sau ${expected === 1 ? "đầu cấp" : `"${labelOf(h.level, expected - 1)}"`}: phải là "${labelOf(h.level, expected)}".`,
          h.level === "diem"
            ? "Điểm theo thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, i, k… (không có f, j, w, z)."
            : "Đánh số liền nhau, bắt đầu lại từ 1 (hoặc a) dưới mỗi cấp trên.",
        ),
      );
    }
    counts.set(h.level, h.n || expected);
    // A new parent starts its children's count again.
    for (const deeper of ORDER.slice(ORDER.indexOf(h.level) + 1)) counts.delete(deeper);
    const judged =
      h.level === "muc"
        ? judgeComponent(l, "muc").filter((d) => d.code !== "audit/font-size")
        : h.level === "phan" || (h.level === "khoan" && h.titled)
          ? judgeComponent(l, h.level === "phan" ? "phan" : "khoan").filter((d) => d.code === "audit/bold")
          : [];
    // Headings of one level set alike are one problem (a style, or none): reported once, counted.
    for (const d of judged) {
      const key = `${h.level}\u0000${d.code}`;
      const seen = formats.get(key);
      if (seen) seen.more++;
      else formats.set(key, { d, more: 0 });
    }
  }
  for (const { d, more } of formats.values())
    out.push(more > 0 ? { ...d, message: d.message.replace(/\.$/u, ` (và ${more} tiêu đề khác cùng cấp).`) } : d);
  return out;
};
