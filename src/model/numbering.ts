// Heading numbers of a document divided into mục, khoản, điểm (Phụ lục I, II.6.b of
// Nghị định 30/2020/NĐ-CP). Numbers are always generated from the structure, never typed:
// mục "I.", khoản "1.", điểm "a)" in Vietnamese alphabet order, dash items "-".

/** Roman numeral of n ≥ 1: mục and Phụ lục numbers ("I", "IV", "XII"). */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`roman(${n})`);
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, numeral] of table) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

/**
 * The letters of điểm in order (II.6.b): the Vietnamese alphabet without its marked vowels,
 * so "đ" follows "d" and there is no f, j, w, z.
 */
export const DIEM_LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
] as const;

/** Letter of the n-th điểm (1-based); past "y" it doubles ("aa", "bb") as clerks do. */
export function diemLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`diemLetter(${n})`);
  const letter = DIEM_LETTERS[(n - 1) % DIEM_LETTERS.length];
  return letter.repeat(Math.floor((n - 1) / DIEM_LETTERS.length) + 1);
}

/** The label of a heading at `depth` (1 mục, 2 khoản, 3 điểm, deeper: dash), n-th among its siblings. */
export function headingLabel(depth: number, n: number): string {
  if (depth === 1) return `${roman(n)}.`;
  if (depth === 2) return `${n}.`;
  if (depth === 3) return `${diemLetter(n)})`;
  return "-";
}

/**
 * What a heading level is (II.6.b): phần "Phần I", mục "I.", khoản "1.", điểm "a)", or a decimal
 * sub-level "1.1.", "1.1.1." under a khoản (the decree allows Arabic sub-levels joined by dots).
 */
export type Level = "phan" | "muc" | "khoan" | "diem" | "decimal";

/** The levels of a document from the outside in, as its `numbering` chooses (Phụ lục I, II.6.b). */
export function numberingLevels(numbering?: { parts?: boolean; top?: "roman" | "arabic"; sub?: "letters" | "decimal" }): Level[] {
  const levels: Level[] = numbering?.parts ? ["phan"] : [];
  if (numbering?.top !== "arabic") levels.push("muc");
  levels.push("khoan");
  if (numbering?.sub === "decimal") levels.push("decimal", "decimal");
  else levels.push("diem");
  return levels;
}

/** What each level is called in messages to the clerk. */
export const LEVEL_NAMES: Record<Level, string> = {
  phan: "phần Phần I",
  muc: "mục I.",
  khoan: "khoản 1.",
  diem: "điểm a)",
  decimal: "tiểu mục 1.1.",
};

/**
 * The label of a heading: `path` holds the 1-based positions from the outermost level down to
 * this one, so a decimal level can write its khoản's number first ("1.2.3."). Past the last
 * level: a dash.
 */
export function levelLabel(levels: readonly Level[], path: readonly number[]): string {
  const depth = path.length;
  const level = levels[depth - 1];
  const n = path[depth - 1];
  switch (level) {
    case "phan":
      return `Phần ${roman(n)}`;
    case "muc":
      return `${roman(n)}.`;
    case "khoan":
      return `${n}.`;
    case "diem":
      return `${diemLetter(n)})`;
    case "decimal":
      return `${path.slice(levels.indexOf("khoan")).join(".")}.`;
    default:
      return "-";
  }
}
