// Splits a paragraph's runs into measured words, the input of the one line breaker
// (line-break.ts). Words are separated by spaces only; a word may mix faces (e.g. a bold
// "Điều" glued to "1."). Each word is measured on its own, as the PDF writer draws it: word by
// word at explicit positions, so no kerning applies across a space.

import { type FaceKey, measureText } from "./fonts.js";
import { footnotes, type ParagraphStyle } from "./nd30.js";

/** A run of text as the document tree holds it (layout comes before compose, so its own type). */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A footnote reference: `text` is its number, set smaller and raised (spec footnotes), and
   * this is the footnote's text, set at the foot of the page the reference lands on. */
  note?: string;
}

/** Part of a word in one face. */
export interface Piece {
  text: string;
  face: FaceKey;
  sizePt: number;
  width: number;
  /** How far above the baseline it is drawn (a footnote reference), in pt. */
  rise?: number;
  /** The footnote this piece references. */
  note?: string;
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
    const note = run.note;
    const size = note === undefined ? style.sizePt : style.sizePt * footnotes.refScale;
    const flush = (): void => {
      if (text)
        pieces.push(
          note === undefined
            ? makePiece(text, face, size)
            : { ...makePiece(text, face, size), rise: style.sizePt * footnotes.refRise, note },
        );
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
