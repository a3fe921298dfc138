// The PDF's font: Tinos (metric-compatible with Times New Roman, covers Vietnamese), installed
// from npm with the project (@fontsource/tinos), never taken from the machine. Fontsource splits
// each face into Unicode subsets; scripts/build-fonts.mjs merges them at build time into one
// TrueType font per face (dist/fonts/tinos-<face>.ttf) and writes the table measured here
// (dist/fonts/tinos-metrics.json): for each face its character map, the width of each glyph and
// its kerning pairs, so measuring is a lookup per character and needs no font library.

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface FaceKey {
  bold?: boolean;
  italic?: boolean;
}

/** One face as scripts/build-fonts.mjs describes it (widths and metrics in font units). */
interface FaceTable {
  file: string;
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: [number, number, number, number];
  bold: boolean;
  italic: boolean;
  weightClass: number;
  /** [code point, glyph id] pairs, flattened. */
  cmap: number[];
  widths: number[];
  /** [left id, right id, delta] triples, flattened. */
  kern: number[];
}

export interface Face extends Omit<FaceTable, "cmap" | "kern"> {
  id: string;
  /** The merged TrueType file. */
  path: string;
  glyphOf: Map<number, number>;
  /** Kerning by (left id × 65536 + right id). */
  kerning: Map<number, number>;
}

export class FontMissingError extends Error {
  constructor(readonly path: string) {
    super(`font file missing: ${path}`);
  }
}

/** dist/fonts/ of the package: two folders up from this module, as from the bundle in dist/cli/. */
const FONTS_DIR = fileURLToPath(new URL("../../dist/fonts/", import.meta.url));
const METRICS = "dist/fonts/tinos-metrics.json";

let faces: Map<string, Face> | undefined;

const faceId = (face: FaceKey): string => `${face.bold ? 700 : 400}-${face.italic ? "italic" : "normal"}`;

function readFaces(): Map<string, Face> {
  const path = `${FONTS_DIR}tinos-metrics.json`;
  if (!existsSync(path)) throw new FontMissingError(METRICS);
  const tables = (JSON.parse(readFileSync(path, "utf8")) as { faces: Record<string, FaceTable> }).faces;
  const out = new Map<string, Face>();
  for (const [id, { cmap, kern, ...rest }] of Object.entries(tables)) {
    const glyphOf = new Map<number, number>();
    for (let i = 0; i < cmap.length; i += 2) glyphOf.set(cmap[i]!, cmap[i + 1]!);
    const kerning = new Map<number, number>();
    for (let i = 0; i < kern.length; i += 3) kerning.set(kern[i]! * 65536 + kern[i + 1]!, kern[i + 2]!);
    out.set(id, { ...rest, id, path: `${FONTS_DIR}${rest.file}`, glyphOf, kerning });
  }
  return out;
}

/** A face's table, read once per process. Throws FontMissingError on a broken install. */
export function loadFace(face: FaceKey): Face {
  faces ??= readFaces();
  const found = faces.get(faceId(face));
  if (!found) throw new FontMissingError(METRICS);
  return found;
}

/** The merged TrueType font of a face, for embedding. Throws FontMissingError. */
export function fontFile(face: Face): Buffer {
  if (!existsSync(face.path)) throw new FontMissingError(`dist/fonts/${face.file}`);
  return readFileSync(face.path);
}

/**
 * Characters Unicode calls default-ignorable (soft hyphen, zero-width space, joiners, variation
 * selectors…) take no room and are not drawn, as in fontkit and HarfBuzz (DerivedCoreProperties,
 * less U+115F, U+1160, U+3164, U+FFA0).
 */
export function isDefaultIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    (cp >= 0x17b4 && cp <= 0x17b5) ||
    (cp >= 0x180b && cp <= 0x180e) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xfff0 && cp <= 0xfff8) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/** A run of text as glyphs: ids, and before each the kerning with the one before it (font units). */
export interface GlyphRun {
  ids: number[];
  kerns: number[];
  /** The characters each glyph draws (for the PDF's text layer). */
  chars: string[];
  /** Advance of the whole run in font units. */
  advance: number;
}

/** Glyphs of `text` in one face: a character without a glyph gets .notdef (id 0), as before. */
export function glyphRun(text: string, face: Face): GlyphRun {
  const run: GlyphRun = { ids: [], kerns: [], chars: [], advance: 0 };
  let prev = -1;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isDefaultIgnorable(cp)) {
      // fontkit kerned nothing across one either: the glyph pair was not adjacent.
      prev = -1;
      continue;
    }
    const id = face.glyphOf.get(cp) ?? 0;
    const kern = prev < 0 ? 0 : (face.kerning.get(prev * 65536 + id) ?? 0);
    run.ids.push(id);
    run.kerns.push(kern);
    run.chars.push(ch);
    run.advance += kern + face.widths[id]!;
    prev = id;
  }
  return run;
}

const widthCache = new Map<string, number>();

/** Advance width of text in points, cached by face and text (a document repeats its syllables). */
export function measureText(text: string, face: FaceKey, sizePt: number): number {
  const key = `${faceId(face)}\u0000${text}`;
  let em = widthCache.get(key);
  if (em === undefined) {
    const f = loadFace(face);
    em = glyphRun(text, f).advance / f.unitsPerEm;
    widthCache.set(key, em);
  }
  return em * sizePt;
}

/** Single line height ("single" spacing in Word) in points: ascent + descent + line gap. */
export function lineHeight(face: FaceKey, sizePt: number): number {
  const f = loadFace(face);
  return ((f.ascent - f.descent + f.lineGap) / f.unitsPerEm) * sizePt;
}

/** Ascent in points (baseline offset from the top of a line). */
export function ascent(face: FaceKey, sizePt: number): number {
  const f = loadFace(face);
  return (f.ascent / f.unitsPerEm) * sizePt;
}
