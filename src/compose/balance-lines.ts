// Agency names in the header (ô 2) and the trích yếu (ô 5a) are often too long for one line.
// Clerks break them by hand where the phrase breaks — before "VÀ" or "CỦA", after a comma,
// before the kind of a place ("TỈNH", "HUYỆN") — into lines of similar length: "SỞ VĂN HÓA,
// THỂ THAO" / "VÀ DU LỊCH", "BAN CHỈ ĐẠO CẢI CÁCH" / "HÀNH CHÍNH CỦA CHÍNH PHỦ". Doing the
// same here keeps both writers from leaving a lone word ("PHỦ") on a last line, and never
// breaks around the hyphen of a place name ("BÀ RỊA - VŨNG TÀU"). Whether a line fits, and
// how wide it is, comes from the one line breaker, so each line chosen here is set on one line
// by the PDF writer too.
import type { StyleName } from "../layout/nd30.js";
import { lineWidths } from "../layout/paragraph-lines.js";

const BEFORE = /^(VÀ|và|CỦA|của|VỀ|về|TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|XÃ|PHƯỜNG|trên|tại|trong|đối|cho|theo|nhằm|với|đến|năm|giai)$/u;

/**
 * Two-syllable words of agency names and subjects that a break must not cut ("CẢI / CÁCH"):
 * Vietnamese writes a word's syllables apart, so the breaker cannot see them; these are the
 * common ones (upper case).
 */
const COMPOUNDS = new Set(
  [
    "CẢI CÁCH",
    "HÀNH CHÍNH",
    "NHÂN DÂN",
    "CHÍNH PHỦ",
    "CHỈ ĐẠO",
    "THÀNH PHỐ",
    "GIÁO DỤC",
    "ĐÀO TẠO",
    "VĂN HÓA",
    "THỂ THAO",
    "DU LỊCH",
    "NỘI VỤ",
    "TƯ PHÁP",
    "THÔNG TIN",
    "TRUYỀN THÔNG",
    "KẾ HOẠCH",
    "ĐẦU TƯ",
    "TÀI CHÍNH",
    "TRUNG HỌC",
    "CƠ SỞ",
    "QUỐC GIA",
    "TRUNG ƯƠNG",
    "ỦY BAN",
    "CÔNG THƯƠNG",
    "NÔNG NGHIỆP",
    "PHÁT TRIỂN",
    "NÔNG THÔN",
    "TÀI NGUYÊN",
    "MÔI TRƯỜNG",
    "XÂY DỰNG",
    "GIAO THÔNG",
    "VẬN TẢI",
    "Y TẾ",
    "LAO ĐỘNG",
    "XÃ HỘI",
    "KHOA HỌC",
    "CÔNG NGHỆ",
    "THANH TRA",
    "CHÍ MINH",
    "TUYÊN TRUYỀN",
    "THỰC HIỆN",
    "TRIỂN KHAI",
    "CHƯƠNG TRÌNH",
    "GIAI ĐOẠN",
    "NHIỆM VỤ",
    "CÔNG TÁC",
    "KIỂM TRA",
    "HOẠT ĐỘNG",
    "THỦ TỤC",
    "CHUYỂN ĐỔI",
    "HÀI LÒNG",
  ].map((w) => w.normalize("NFC")),
);

/** The cost of cutting a two-syllable word: worse than any other break. */
const COMPOUND_RANK = 3;

/** Cost of a break before word i (lower is better; Infinity: never). */
function rank(words: string[], i: number): number {
  if (words[i] === "-" || words[i - 1] === "-" || words[i] === "–" || words[i - 1] === "–") return Number.POSITIVE_INFINITY;
  if (COMPOUNDS.has(`${words[i - 1]} ${words[i]}`.toLocaleUpperCase("vi"))) return COMPOUND_RANK;
  if (BEFORE.test(words[i]!)) return 0;
  if (/,$/.test(words[i - 1]!)) return 1;
  return 2;
}

/** Every way to cut `count` words into `lines` non-empty lines: the indexes where lines start. */
function* cuts(count: number, lines: number, from = 1): Generator<number[]> {
  if (lines === 1) {
    yield [];
    return;
  }
  for (let i = from; i <= count - (lines - 1); i++) for (const rest of cuts(count, lines - 1, i + 1)) yield [i, ...rest];
}

/** Lexicographic order of two cost keys. */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** The longest text balanced: at most this many lines (a header cell or a title never needs more). */
const MAX_LINES = 4;

/** The best way to set `words` on exactly n lines that each fit, or undefined. */
function bestCut(
  words: string[],
  n: number,
  oneLine: (line: string) => number | undefined,
): { lines: string[]; cutsWord: boolean } | undefined {
  let best: { lines: string[]; key: number[]; cutsWord: boolean } | undefined;
  for (const starts of cuts(words.length, n)) {
    const bounds = [0, ...starts, words.length];
    const lines = bounds.slice(0, -1).map((b, k) => words.slice(b, bounds[k + 1]).join(" "));
    const widths = lines.map(oneLine);
    if (widths.some((w) => w === undefined)) continue;
    const ranks = starts.map((i) => rank(words, i));
    if (ranks.some((r) => r === Number.POSITIVE_INFINITY)) continue;
    const ws = widths as number[];
    const widest = Math.max(...ws);
    const total = ws.reduce((a, b) => a + b, 0);
    // The better phrase breaks win unless they leave one line much longer than the others.
    const balancedEnough = widest <= (1.5 / n) * total;
    const loneLast = bounds[n]! - bounds[n - 1]! === 1 ? 1 : 0;
    const sum = ranks.reduce((a, b) => a + b, 0);
    const cutsWord = ranks.some((r) => r === COMPOUND_RANK);
    const key = [loneLast, cutsWord ? 1 : 0, balancedEnough ? sum : Math.max(sum, 2 * (n - 1)), widest];
    if (!best || before(key, best.key)) best = { lines, key, cutsWord };
  }
  return best;
}

export function balanceLines(text: string, style: StyleName, maxWidthPt: number): string[] {
  /** The width of `line` set on one line, or undefined when the breaker wraps it. */
  const oneLine = (line: string): number | undefined => {
    const widths = lineWidths(line, style, maxWidthPt);
    return widths.length === 1 ? widths[0] : undefined;
  };
  const words = text.split(/\s+/).filter((w) => w !== "");
  if (words.length < 2 || oneLine(words.join(" ")) !== undefined) return [words.join(" ")];
  // The fewest lines that fit, unless they must cut a two-syllable word and one more line need not.
  let fallback: string[] | undefined;
  for (let n = 2; n <= Math.min(MAX_LINES, words.length); n++) {
    const best = bestCut(words, n, oneLine);
    if (!best) continue;
    if (!best.cutsWord) return best.lines;
    fallback ??= best.lines;
  }
  if (fallback) return fallback;
  // Longer than that: the writers' own wrapping, one paragraph.
  return [words.join(" ")];
}
