// Splits a paragraph's runs into measured words, the input of the one line breaker
// (line-break.ts). Words are separated by spaces only; a word may mix faces (e.g. a bold
// "Điều" glued to "1."). Each word is measured on its own, as the PDF writer draws it: word by
// word at explicit positions, so no kerning applies across a space.

import { type FaceKey, measureText } from "./fonts.js";
import type { ParagraphStyle } from "./nd30.js";

/** A run of text as the document tree holds it (layout comes before compose, so its own type). */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Part of a word in one face. */
export interface Piece {
  text: string;
  face: FaceKey;
  sizePt: number;
  width: number;
}

export interface Word {
  pieces: Piece[];
  width: number;
  /** Width of the space that follows the word (0 when none). */
  space: number;
}

const isSpace = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\r";

export const faceOf = (run: TextRun, style: ParagraphStyle): FaceKey => ({
  bold: run.bold ?? style.bold ?? false,
  italic: run.italic ?? style.italic ?? false,
});

export function makePiece(text: string, face: FaceKey, sizePt: number): Piece {
  return { text, face, sizePt, width: measureText(text, face, sizePt) };
}

export function wordWidth(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, p) => sum + p.width, 0);
}

export function toWords(runs: readonly TextRun[], style: ParagraphStyle): Word[] {
  const words: Word[] = [];
  let pieces: Piece[] = [];
  const endWord = (): void => {
    if (pieces.length > 0) words.push({ pieces, width: wordWidth(pieces), space: 0 });
    pieces = [];
  };
  for (const run of runs) {
    const face = faceOf(run, style);
    let text = "";
    const flush = (): void => {
      if (text) pieces.push(makePiece(text, face, style.sizePt));
      text = "";
    };
    // NFC again, defensively: pdfkit misplaces the marks of decomposed text.
    for (const ch of run.text.normalize("NFC")) {
      if (!isSpace(ch)) {
        text += ch;
        continue;
      }
      flush();
      endWord();
      // Leading spaces of a paragraph are dropped; repeated spaces widen the gap as in Word.
      const last = words[words.length - 1];
      if (last) last.space += measureText(" ", face, style.sizePt);
    }
    flush();
  }
  endWord();
  return words;
}
