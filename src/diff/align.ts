// Pairs the elements of two versions of one list (the items of a section, its sub-sections,
// the recipients…). Elements with a stable id pair by id; the others pair first where their
// text is unchanged (longest common subsequence, so order is respected), then, between those
// anchors, by word similarity — an untitled dash item that was reworded pairs with its old self.

import { lcsTable, similarity } from "./similarity.js";

export interface Alignment<T> {
  pairs: { before: T; after: T }[];
  removed: T[];
  added: T[];
}

export interface AlignOptions<T> {
  text(x: T): string;
  id?(x: T): string | undefined;
  /** Ids present anywhere in the other version: such elements are paired elsewhere (moved). */
  idsElsewhere?: { before: Set<string>; after: Set<string> };
  /** Below this similarity two texts are a removal and an addition, not a rewording. */
  threshold?: number;
}

export function align<T>(before: readonly T[], after: readonly T[], opts: AlignOptions<T>): Alignment<T> {
  const threshold = opts.threshold ?? 0.5;
  const idOf = opts.id ?? (() => undefined);
  const result: Alignment<T> = { pairs: [], removed: [], added: [] };
  // 1. By id, within this list.
  const afterById = new Map<string, T>();
  for (const x of after) {
    const id = idOf(x);
    if (id !== undefined) afterById.set(id, x);
  }
  const pairedAfter = new Set<T>();
  const restBefore: T[] = [];
  for (const x of before) {
    const id = idOf(x);
    const match = id === undefined ? undefined : afterById.get(id);
    if (match !== undefined) {
      result.pairs.push({ before: x, after: match });
      pairedAfter.add(match);
    } else if (id !== undefined && opts.idsElsewhere?.after.has(id)) {
      // moved to another list: the caller pairs it there
    } else restBefore.push(x);
  }
  const restAfter = after.filter((x) => !pairedAfter.has(x) && !(idOf(x) !== undefined && opts.idsElsewhere?.before.has(idOf(x)!)));
  // 2. Unchanged text, in order.
  const key = (x: T): string =>
    String(opts.text(x) ?? "")
      .normalize("NFC")
      .trim();
  const t = lcsTable(restBefore, restAfter, (x, y) => key(x) === key(y));
  const anchors: [number, number][] = [];
  for (let i = 0, j = 0; i < restBefore.length && j < restAfter.length; ) {
    if (key(restBefore[i]) === key(restAfter[j])) anchors.push([i++, j++]);
    else if (t[i + 1][j] >= t[i][j + 1]) i++;
    else j++;
  }
  // 3. Between consecutive anchors: best similarity first, greedily.
  let [pi, pj] = [0, 0];
  for (const [ai, aj] of [...anchors, [restBefore.length, restAfter.length] as [number, number]]) {
    pairBySimilarity(restBefore.slice(pi, ai), restAfter.slice(pj, aj), opts.text, threshold, result);
    if (ai < restBefore.length) result.pairs.push({ before: restBefore[ai], after: restAfter[aj] });
    [pi, pj] = [ai + 1, aj + 1];
  }
  return result;
}

function pairBySimilarity<T>(before: T[], after: T[], text: (x: T) => string, threshold: number, out: Alignment<T>): void {
  const candidates: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < before.length; i++) {
    for (let j = 0; j < after.length; j++) {
      const s = similarity(text(before[i]), text(after[j]));
      if (s >= threshold) candidates.push({ i, j, s });
    }
  }
  // Highest similarity first; ties by position so the result does not depend on sort stability.
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  for (const c of candidates) {
    if (usedI.has(c.i) || usedJ.has(c.j)) continue;
    usedI.add(c.i);
    usedJ.add(c.j);
    out.pairs.push({ before: before[c.i], after: after[c.j] });
  }
  for (const [i, x] of before.entries()) if (!usedI.has(i)) out.removed.push(x);
  for (const [j, x] of after.entries()) if (!usedJ.has(j)) out.added.push(x);
}
