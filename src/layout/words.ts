// Splits a paragraph's runs into measured words. Words are separated by spaces only (the
// decree's text has no hyphenation); a word may mix faces (e.g. a bold "Điều" glued to "1.").

import { measureText, type FaceKey } from "../../layout/fonts.js";
import type { ParagraphStyle } from "../../layout/nd30.js";
import type { Run } from "../../compose/tree.js";

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

export const faceOf = (run: Run, style: ParagraphStyle): FaceKey => ({
  bold: run.bold ?? style.bold ?? false,
  italic: run.italic ?? style.italic ?? false,
});

export function makePiece(text: string, face: FaceKey, sizePt: number): Piece {
  return { text, face, sizePt, width: measureText(text, face, sizePt) };
}

export function wordWidth(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, p) => sum + p.width, 0);
}

export function toWords(runs: readonly Run[], style: ParagraphStyle): Word[] {
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
    // NFC again, defensively: pdfkit misplaces the marks of decomposed text (nd30-format.md §6).
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
