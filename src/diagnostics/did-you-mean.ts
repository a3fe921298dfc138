// Did-you-mean candidates: edit distance (Damerau–Levenshtein, optimal string alignment) on a folded form (case, tone marks and the Đ/Ð
// look-alike ignored), so "titel" → "title", "kh" → "KH", "KT" → "KT.".

/** Edit distance counting a swap of two neighbours as one edit ("titel" → "title"). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ĐđÐð]/g, "d")
    .toLowerCase();
}

/** Up to `max` candidates close to `input`, best first; none when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>, max = 3): string[] {
  const folded = fold(input);
  const scored = [...candidates]
    .map((c) => {
      const f = fold(c);
      const d = levenshtein(folded, f);
      // Allow about one typo per three letters; a prefix/suffix match also counts ("KT" → "KT.").
      const limit = Math.max(1, Math.floor(Math.max(folded.length, f.length) / 3));
      const near = d <= limit || (folded.length >= 2 && (f.startsWith(folded) || folded.startsWith(f)));
      return { c, d, near };
    })
    .filter((x) => x.near)
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0));
  return scored.slice(0, max).map((x) => x.c);
}
