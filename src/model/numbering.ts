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
