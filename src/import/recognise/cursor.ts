// A cursor over the reader's entries, and the shapes of a line the recogniser asks about.
import type { Entry, Line, TableEntry } from "../entries.js";

export class Cursor {
  private i = 0;
  constructor(private readonly entries: readonly Entry[]) {}

  peek(ahead = 0): Entry | undefined {
    return this.entries[this.i + ahead];
  }

  /** The next entry when it is a line. */
  line(ahead = 0): Line | undefined {
    const e = this.peek(ahead);
    return e?.kind === "line" ? e : undefined;
  }

  table(): TableEntry | undefined {
    const e = this.peek();
    return e?.kind === "table" ? e : undefined;
  }

  next(): Entry | undefined {
    return this.entries[this.i++];
  }

  get done(): boolean {
    return this.i >= this.entries.length;
  }

  /** Moves past the next entry when `test` accepts it; returns it. */
  take<T extends Entry>(test: (e: Entry) => e is T): T | undefined;
  take(test: (e: Entry) => boolean): Entry | undefined;
  take(test: (e: Entry) => boolean): Entry | undefined {
    const e = this.peek();
    if (e && test(e)) {
      this.i++;
      return e;
    }
    return undefined;
  }

  /** Position to come back to when a guess does not hold. */
  get mark(): number {
    return this.i;
  }

  reset(mark: number): void {
    this.i = mark;
  }
}

const hasLetter = /\p{L}/u;

/** IN HOA: every letter upper case (agency names, authority lines, tên loại). */
export const isUpper = (text: string): boolean => hasLetter.test(text) && text === text.toLocaleUpperCase("vi");

/** Without tone marks and in lower case, to compare labels a clerk may have mistyped. */
export const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** Edit distance, for labels typed with a slip ("Noi nhậm:" for "Nơi nhận:"). */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Ends a sentence or a list entry: a line that does not is probably cut in two. */
export const endsSentence = (text: string): boolean => /[.;:!?…)"”]$|\.\/\.$/u.test(text);
