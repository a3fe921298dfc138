// Agency names in the header are often too long for their column (ô 2). Clerks break them by
// hand where the phrase breaks — before "VÀ", after a comma — into lines of similar length:
// "SỞ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH", "ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI". Doing the same
// here keeps both writers from leaving a lone word ("DU LỊCH") on a second line.
import { measureText } from "../layout/fonts.js";
import { styleOf, type StyleName } from "../layout/nd30.js";

/** Preference of a break before word i (lower is better): before "VÀ", after a comma, anywhere. */
function rank(words: string[], i: number): number {
  if (/^(VÀ|và)$/.test(words[i])) return 0;
  if (/,$/.test(words[i - 1])) return 1;
  return 2;
}

export function balanceLines(text: string, style: StyleName, maxWidthPt: number): string[] {
  const s = styleOf(style);
  const face = { bold: s.bold, italic: s.italic };
  const width = (t: string): number => measureText(t, face, s.sizePt);
  const words = text.split(/\s+/).filter((w) => w !== "");
  if (words.length < 2 || width(words.join(" ")) <= maxWidthPt) return [words.join(" ")];
  let best: { lines: string[]; rank: number; widest: number } | undefined;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const widest = Math.max(...lines.map(width));
    if (widest > maxWidthPt) continue;
    const r = rank(words, i);
    // The better phrase break wins unless it leaves one line much longer (over 3/4 of the two).
    const balancedEnough = widest <= 0.75 * (width(lines[0]) + width(lines[1]));
    if (!best || (r < best.rank && balancedEnough) || (r === best.rank && widest < best.widest)) {
      best = { lines, rank: balancedEnough ? r : 2, widest };
    }
  }
  if (best) return best.lines;
  // Longer than two lines: the writers' own wrapping, one paragraph.
  return [words.join(" ")];
}
