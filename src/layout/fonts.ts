// The PDF's font: Tinos (metric-compatible with Times New Roman, covers Vietnamese), installed
// from npm with the project (@fontsource/tinos), never taken from the machine.
// Fontsource ships each face split into Unicode subsets; Vietnamese needs "latin" for the base
// letters and "vietnamese" for ơ, ư, đ and the precomposed tone marks, so a run of text is
// split by which subset holds each character (fontkit reads the WOFF files directly).

import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { woffToSfnt } from "./woff.js";

export interface FaceKey {
  bold?: boolean;
  italic?: boolean;
}

/** Subsets in the order they are tried for a character. */
const SUBSETS = ["latin", "vietnamese", "latin-ext"] as const;

export interface FontFile {
  /** Unique name to register with pdfkit, e.g. "Tinos-vietnamese-700-italic". */
  name: string;
  path: string;
  /** The font as plain TrueType (converted from the WOFF once; see woff.ts). */
  data: Buffer;
  font: fontkit.Font;
}

export class FontMissingError extends Error {
  constructor(readonly path: string) {
    super(`font file missing: ${path}`);
  }
}

const require = createRequire(import.meta.url);
const faceCache = new Map<string, FontFile[]>();

function faceId(face: FaceKey): string {
  return `${face.bold ? 700 : 400}-${face.italic ? "italic" : "normal"}`;
}

/** The subset files of one face, opened once per process. Throws FontMissingError. */
export function loadFace(face: FaceKey): FontFile[] {
  const id = faceId(face);
  const cached = faceCache.get(id);
  if (cached) return cached;
  const files = SUBSETS.map((subset) => {
    let path: string;
    try {
      path = require.resolve(`@fontsource/tinos/files/tinos-${subset}-${id}.woff`);
    } catch {
      throw new FontMissingError(`@fontsource/tinos/files/tinos-${subset}-${id}.woff`);
    }
    if (!existsSync(path)) throw new FontMissingError(path);
    const data = woffToSfnt(readFileSync(path));
    const font = fontkit.create(data) as fontkit.Font;
    return { name: `Tinos-${subset}-${id}`, path, data, font };
  });
  faceCache.set(id, files);
  return files;
}

export interface FontRun {
  text: string;
  file: FontFile;
}

/** Splits text into runs each drawn with the first subset that has all its characters. */
export function splitByFont(text: string, face: FaceKey): FontRun[] {
  const files = loadFace(face);
  const runs: FontRun[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const file = files.find((f) => f.font.hasGlyphForCodePoint(cp)) ?? files[0];
    const last = runs[runs.length - 1];
    if (last && last.file === file) last.text += ch;
    else runs.push({ text: ch, file });
  }
  return runs;
}

const widthCache = new Map<string, number>();

/** Advance width of text in points. Widths per em are cached by face and text: a document
 * repeats the same syllables, and fontkit's layout (shaping, kerning) is the costly part. */
export function measureText(text: string, face: FaceKey, sizePt: number): number {
  const key = `${faceId(face)}\u0000${text}`;
  let em = widthCache.get(key);
  if (em === undefined) {
    em = 0;
    for (const run of splitByFont(text, face)) {
      em += run.file.font.layout(run.text).advanceWidth / run.file.font.unitsPerEm;
    }
    widthCache.set(key, em);
  }
  return em * sizePt;
}

/** Single line height ("single" spacing in Word) in points: ascent + descent + line gap. */
export function lineHeight(face: FaceKey, sizePt: number): number {
  const f = loadFace(face)[0].font;
  return ((f.ascent - f.descent + f.lineGap) / f.unitsPerEm) * sizePt;
}

/** Ascent in points (baseline offset from the top of a line). */
export function ascent(face: FaceKey, sizePt: number): number {
  const f = loadFace(face)[0].font;
  return (f.ascent / f.unitsPerEm) * sizePt;
}
