// Greedy line breaking (what Word does): a word goes on the line if it fits, else starts the
// next one. A word longer than a whole line is broken between characters.

import { makePiece, wordWidth, type Piece, type Word } from "./words.js";

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

/** Breaks words into lines: the first line is `firstWidth` wide (after the indent), others `width`. */
export function breakLines(words: readonly Word[], firstWidth: number, width: number): Line[] {
  const lines: Line[] = [];
  let current: Line = { words: [], width: 0 };
  const avail = (): number => (lines.length === 0 ? firstWidth : width);
  for (const word of words) {
    const prev = current.words[current.words.length - 1];
    if (prev && current.width + prev.space + word.width <= avail() + EPSILON) {
      current.words.push(word);
      current.width += prev.space + word.width;
      continue;
    }
    if (prev) lines.push(current);
    current = { words: [word], width: word.width };
    if (word.width > avail() + EPSILON) {
      const chunks = splitLongWord(word, avail(), width);
      for (const chunk of chunks.slice(0, -1)) lines.push({ words: [chunk], width: chunk.width });
      const last = chunks[chunks.length - 1];
      current = { words: [last], width: last.width };
    }
  }
  if (current.words.length > 0 || lines.length === 0) lines.push(current);
  return lines;
}
