// Word-level similarity and word diff of Vietnamese sentences. Matching untitled items between
// two versions of a plan needs a tolerant measure: a clerk rewords a dash item by a few words,
// and the reviewer should see it as "reworded", not as one item removed and another added.

/** Words of a sentence, lower-cased, punctuation kept apart so "2022;" and "2022" compare equal. */
export function words(text: string): string[] {
  return (
    String(text ?? "")
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []
  );
}

/** Dice coefficient over word multisets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

export type WordOp = { op: "same" | "del" | "ins"; text: string };

/**
 * Word diff by longest common subsequence over whitespace-separated tokens (the original
 * spelling and punctuation kept), merged into runs. Sentences of a plan are short (< 200 words),
 * so the quadratic table is cheap.
 */
export function wordDiff(before: string, after: string): WordOp[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const lcs = lcsTable(a, b, (x, y) => x === y);
  const ops: WordOp[] = [];
  const push = (op: WordOp["op"], text: string): void => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else ops.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push("same", a[i]);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Deletions before insertions: "~~old~~ **new**" reads as a replacement.
      push("del", a[i++]);
    } else {
      push("ins", b[j++]);
    }
  }
  return ops;
}

/** lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..]. */
export function lcsTable<A, B>(a: readonly A[], b: readonly B[], eq: (x: A, y: B) => boolean): number[][] {
  const t: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      t[i][j] = eq(a[i], b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
    }
  }
  return t;
}
