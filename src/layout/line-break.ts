// The one line breaker (Prettier's single `fits`): the PDF writer sets paragraphs with it, and
// compose measures with it the lines it sizes rules from and balances header lines with, so a
// line compose measures is the line that gets drawn. Greedy, as Word does: a word goes on the
// line if it fits, else starts the next one; a word is broken after an inside hyphen, and one
// longer than a whole line between characters.

import { makePiece, type Piece, type Word, wordWidth } from "./words.js";

export interface Line {
  words: Word[];
  /** Natural width: the words and the spaces between them, no trailing space. */
  width: number;
}

/** Slack for floating-point sums: a word that fits to within this many points fits. */
const EPSILON = 0.01;

const graphemes = (text: string): string[] =>
  Array.from(new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(text), (s) => s.segment);

/** Cuts one over-long word into chunks each no wider than `avail` (at least one character each). */
export function splitLongWord(word: Word, firstAvail: number, avail: number): Word[] {
  const chunks: Word[] = [];
  let current: Piece[] = [];
  const widthWith = (pieces: Piece[], p: Piece, ch: string): number => {
    const last = pieces[pieces.length - 1];
    if (last && last.face === p.face) {
      return wordWidth(pieces.slice(0, -1)) + makePiece(last.text + ch, p.face, p.sizePt).width;
    }
    return wordWidth(pieces) + makePiece(ch, p.face, p.sizePt).width;
  };
  const append = (pieces: Piece[], p: Piece, ch: string): Piece[] => {
    const last = pieces[pieces.length - 1];
    if (last && last.face === p.face) return [...pieces.slice(0, -1), makePiece(last.text + ch, p.face, p.sizePt)];
    return [...pieces, makePiece(ch, p.face, p.sizePt)];
  };
  for (const piece of word.pieces) {
    for (const ch of graphemes(piece.text)) {
      const limit = chunks.length === 0 ? firstAvail : avail;
      if (current.length > 0 && widthWith(current, piece, ch) > limit + EPSILON) {
        chunks.push({ pieces: current, width: wordWidth(current), space: 0 });
        current = [];
      }
      current = append(current, piece, ch);
    }
  }
  chunks.push({ pieces: current, width: wordWidth(current), space: word.space });
  return chunks;
}

/** Splits a word before character `at` (of its text), re-measuring the two halves. */
function cutAt(word: Word, at: number): [Word, Word] {
  const head: Piece[] = [];
  const tail: Piece[] = [];
  let seen = 0;
  for (const p of word.pieces) {
    const chars = Array.from(p.text);
    const k = Math.max(0, Math.min(chars.length, at - seen));
    if (k > 0) head.push(k === chars.length ? p : makePiece(chars.slice(0, k).join(""), p.face, p.sizePt));
    if (k < chars.length) tail.push(k === 0 ? p : makePiece(chars.slice(k).join(""), p.face, p.sizePt));
    seen += chars.length;
  }
  return [
    { pieces: head, width: wordWidth(head), space: 0 },
    { pieces: tail, width: wordWidth(tail), space: word.space },
  ];
}

/** A word holding a slash is a document number, a code or a date: its hyphens never break. */
export const isCode = (word: string): boolean => word.includes("/");

/**
 * Word and LibreOffice also break after a hyphen inside a word ("2021-2030", "QĐ-UBND"): the
 * longest such head that fits in `room`, or undefined.
 */
export function hyphenCut(word: Word, room: number): [Word, Word] | undefined {
  const chars = Array.from(word.pieces.map((p) => p.text).join(""));
  // A document number or code ("175/KH-SVHTTDL", "113/2018/NĐ-CP") is never split: the DOCX
  // writes its hyphens as non-breaking ones (docs/nd30.md §2, II.3).
  if (isCode(chars.join(""))) return undefined;
  for (let i = chars.length - 2; i >= 1; i--) {
    if (chars[i] !== "-" || chars[i - 1] === "-" || chars[i + 1] === "-") continue;
    const cut = cutAt(word, i + 1);
    if (cut[0].width <= room + EPSILON) return cut;
  }
  return undefined;
}

/** Breaks words into lines: the first line is `firstWidth` wide (after the indent), others `width`. */
export function breakLines(words: readonly Word[], firstWidth: number, width: number): Line[] {
  const lines: Line[] = [];
  let current: Line = { words: [], width: 0 };
  const avail = (): number => (lines.length === 0 ? firstWidth : width);
  const add = (word: Word): void => {
    const prev = current.words[current.words.length - 1];
    current.width += (prev ? prev.space : 0) + word.width;
    current.words.push(word);
  };
  const newLine = (): void => {
    lines.push(current);
    current = { words: [], width: 0 };
  };
  for (let word of words) {
    for (;;) {
      const prev = current.words[current.words.length - 1];
      const room = avail() - (prev ? current.width + prev.space : 0);
      if (word.width <= room + EPSILON) {
        add(word);
        break;
      }
      const cut = hyphenCut(word, room);
      if (cut) {
        add(cut[0]);
        newLine();
        word = cut[1];
        continue;
      }
      if (prev) {
        newLine();
        continue;
      }
      // Alone on a line and still too long, with no hyphen to break at: break between characters.
      const chunks = splitLongWord(word, room, width);
      for (const chunk of chunks.slice(0, -1)) {
        add(chunk);
        newLine();
      }
      add(chunks[chunks.length - 1]);
      break;
    }
  }
  if (current.words.length > 0 || lines.length === 0) lines.push(current);
  return lines;
}
