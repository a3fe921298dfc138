// The label a line starts with (Phụ lục I, II.6.b): "Phần I", mục "I.", khoản "1.", a decimal
// sub-level "1.1.", điểm "a)", a dash item "-", a sub-item "+"; and its number among its siblings.
import { DIEM_LETTERS } from "../../model/numbering.js";

export type LabelKind = "phan" | "muc" | "khoan" | "decimal" | "diem" | "item" | "subitem";

export interface Label {
  kind: LabelKind;
  /** Position among siblings as the label says (1-based); for decimal labels, the last number. */
  n: number;
  /** For decimal labels: how many numbers ("1.2." is 2). */
  parts?: number;
  /** The text after the label. */
  rest: string;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!] ?? 0;
    const next = ROMAN[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Position of a điểm letter: "a" 1, "đ" 5, "aa" 24. */
function letterValue(s: string): number {
  const i = (DIEM_LETTERS as readonly string[]).indexOf(s[0]!);
  return i < 0 ? 0 : i + 1 + (s.length - 1) * DIEM_LETTERS.length;
}

export function labelOf(text: string): Label | undefined {
  let m = /^Phần\s+([IVXLC]+)\b[.:]?\s*(.*)$/u.exec(text);
  if (m) return { kind: "phan", n: romanValue(m[1]!), rest: m[2]! };
  m = /^([IVXLC]+)\.\s*(\S.*)$/u.exec(text);
  if (m) return { kind: "muc", n: romanValue(m[1]!), rest: m[2]! };
  m = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(\S.*)$/u.exec(text);
  if (m) {
    const nums = m[1]!.split(".").map(Number);
    return { kind: "decimal", n: nums.at(-1)!, parts: nums.length, rest: m[2]! };
  }
  m = /^(\d{1,3})\.\s+(\S.*)$/u.exec(text);
  if (m) return { kind: "khoan", n: Number(m[1]), rest: m[2]! };
  m = /^([a-zđ]{1,2})\)\s*(\S.*)$/u.exec(text);
  if (m && letterValue(m[1]!) > 0 && (m[1]!.length === 1 || m[1]![0] === m[1]![1]))
    return { kind: "diem", n: letterValue(m[1]!), rest: m[2]! };
  m = /^[-–—•]\s*(\S.*)$/u.exec(text);
  if (m) return { kind: "item", n: 0, rest: m[1]! };
  m = /^\+\s*(\S.*)$/u.exec(text);
  if (m) return { kind: "subitem", n: 0, rest: m[1]! };
  return undefined;
}
