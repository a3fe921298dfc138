// Agency names in the header are often too long for their column (ô 2). Clerks break them by
// hand where the phrase breaks — before "VÀ", after a comma — into lines of similar length:
// "SỞ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH", "ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI". Doing the same
// here keeps both writers from leaving a lone word ("DU LỊCH") on a second line. Whether a line
// fits, and how wide it is, comes from the one line breaker, so each line chosen here is set
// on one line by the PDF writer too.
import type { StyleName } from "../layout/nd30.js";
import { lineWidths } from "../layout/paragraph-lines.js";

/** Preference of a break before word i (lower is better): before "VÀ", after a comma, anywhere. */
function rank(words: string[], i: number): number {
  if (/^(VÀ|và)$/.test(words[i])) return 0;
  if (/,$/.test(words[i - 1])) return 1;
  return 2;
}

export function balanceLines(text: string, style: StyleName, maxWidthPt: number): string[] {
  /** The width of `line` set on one line, or undefined when the breaker wraps it. */
  const oneLine = (line: string): number | undefined => {
    const widths = lineWidths(line, style, maxWidthPt);
    return widths.length === 1 ? widths[0] : undefined;
  };
  const words = text.split(/\s+/).filter((w) => w !== "");
  if (words.length < 2 || oneLine(words.join(" ")) !== undefined) return [words.join(" ")];
  let best: { lines: string[]; rank: number; widest: number } | undefined;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const [first, second] = lines.map(oneLine);
    if (first === undefined || second === undefined) continue;
    const widest = Math.max(first, second);
    const r = rank(words, i);
    // The better phrase break wins unless it leaves one line much longer (over 3/4 of the two).
    const balancedEnough = widest <= 0.75 * (first + second);
    if (!best || (r < best.rank && balancedEnough) || (r === best.rank && widest < best.widest)) {
      best = { lines, rank: balancedEnough ? r : 2, widest };
    }
  }
  if (best) return best.lines;
  // Longer than two lines: the writers' own wrapping, one paragraph.
  return [words.join(" ")];
}
