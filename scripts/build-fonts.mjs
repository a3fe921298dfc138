// Writes dist/fonts/: for each Tinos face (regular, italic, bold, bold italic) ONE TrueType font
// covering Latin and Vietnamese, merged from the subsets @fontsource/tinos ships as WOFF
// (latin, vietnamese, latin-ext), and tinos-metrics.json, the table src/layout/fonts.ts measures
// with. Why: with the subsets, a Vietnamese word was drawn in 2–4 runs of different fonts and
// measuring tested every character against each subset through fontkit's shaper; now a word is
// one run in one font, measured by one lookup per character, and fontkit is not loaded at run time.
// Run by `npm run build` (so `npm ci` produces it; dist/ is what the package ships) and by the
// tests' global setup; it does nothing when its output is newer than its inputs.
//
// The merge copies each glyph's outline bytes unchanged: a code point takes its glyph from the
// first subset that has it (latin, then vietnamese, then latin-ext), exactly as the old run
// splitting chose. Widths come from fontkit's layout of each character in that subset (marks and
// default-ignorable characters are zero-width there), and kerning from fontkit's layout of every
// pair of the latin subset (the only subset with a kern feature; pairs of different subsets were
// never kerned, being in different runs). So every width, and every line break, stays as it was.
// Tinos is licensed under the Apache License 2.0 (node_modules/@fontsource/tinos/LICENSE), which
// allows this modified copy; LICENSE is copied beside the fonts.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";
import { advanceWidthOf, buildSfnt, cmapFormat4, componentOffsets, glyphBytes, readTables, TRUETYPE, woffToSfnt } from "./lib/truetype.mjs";

export { woffToSfnt };

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
export const OUT = join(root, "dist/fonts");
/** Subsets in the order a code point looks for its glyph. */
export const SUBSETS = ["latin", "vietnamese", "latin-ext"];
export const FACES = ["400-normal", "400-italic", "700-normal", "700-italic"];
const subsetPath = (subset, face) => require.resolve(`@fontsource/tinos/files/tinos-${subset}-${face}.woff`);

function openSubset(subset, face) {
  const sfnt = woffToSfnt(readFileSync(subsetPath(subset, face)));
  return { subset, sfnt, tables: readTables(sfnt), font: fontkit.create(sfnt) };
}

const advanceOf = (font, text) => font.layout(text).advanceWidth;

/** The merged font of one face and its metrics. */
export function mergeFace(face) {
  const subsets = SUBSETS.map((s) => openSubset(s, face));
  const glyphs = []; // new id → { from, id, bytes }
  const ids = new Map(); // `${subset index}:${old id}` → new id
  const addGlyph = (from, id) => {
    const key = `${from}:${id}`;
    if (ids.has(key)) return ids.get(key);
    const newId = glyphs.length;
    ids.set(key, newId);
    const bytes = Buffer.from(glyphBytes(subsets[from].tables, id));
    glyphs.push({ from, id, bytes });
    for (const at of componentOffsets(bytes)) bytes.writeUInt16BE(addGlyph(from, bytes.readUInt16BE(at)), at);
    return newId;
  };
  addGlyph(0, 0); // .notdef: the latin subset's, drawn for a character no subset has (as before)
  const codePoints = [...new Set(subsets.flatMap((s) => s.font.characterSet))].filter((cp) => cp < 0xffff).sort((a, b) => a - b);
  const cmap = [];
  const widths = new Map(); // new id → width in font units, as fontkit's layout gives it
  const origin = new Map(); // code point → subset index
  for (const cp of codePoints) {
    const from = subsets.findIndex((s) => s.font.hasGlyphForCodePoint(cp));
    const font = subsets[from].font;
    const id = addGlyph(from, font.glyphForCodePoint(cp).id);
    const width = advanceOf(font, String.fromCodePoint(cp));
    // Zero-width characters (default ignorables) keep the glyph's own width in the table below:
    // they are listed apart, so a glyph shared with a visible character keeps one width.
    if (width !== 0 || !widths.has(id)) {
      if (widths.has(id) && widths.get(id) !== width && widths.get(id) !== 0)
        throw new Error(`${face}: glyph ${id} has two widths (${widths.get(id)}, ${width})`);
      widths.set(id, width);
    }
    cmap.push([cp, id]);
    origin.set(cp, from);
  }
  // Kerning: every ordered pair of latin-subset characters whose layout is not the sum of widths.
  const latin = subsets[0].font;
  const latinCps = codePoints.filter((cp) => origin.get(cp) === 0);
  const single = new Map(latinCps.map((cp) => [cp, advanceOf(latin, String.fromCodePoint(cp))]));
  const gid = new Map(cmap);
  const kern = new Map();
  for (const a of latinCps) {
    for (const b of latinCps) {
      const delta = advanceOf(latin, String.fromCodePoint(a, b)) - single.get(a) - single.get(b);
      if (delta === 0) continue;
      const key = `${gid.get(a)},${gid.get(b)}`;
      if (kern.has(key) && kern.get(key) !== delta) throw new Error(`${face}: kerning ${key} differs by code point`);
      kern.set(key, delta);
    }
  }
  return { subsets, glyphs, cmap, widths, kern };
}

/** Per face: font-wide numbers (units per em), cmap as [cp, id] pairs, widths per glyph id,
 * and kerning as [left id, right id, delta] triples. */
function faceMetrics(face, merged, fileName) {
  const f = merged.subsets[0].font;
  const os2 = f["OS/2"];
  return {
    file: fileName,
    postscriptName: f.postscriptName,
    unitsPerEm: f.unitsPerEm,
    ascent: f.ascent,
    descent: f.descent,
    lineGap: f.lineGap,
    capHeight: f.capHeight,
    xHeight: f.xHeight,
    italicAngle: f.italicAngle,
    bbox: unionBox(merged.subsets.map((s) => s.font.bbox)),
    bold: face.startsWith("700"),
    italic: face.endsWith("italic"),
    weightClass: os2.usWeightClass,
    cmap: merged.cmap.flat(),
    widths: merged.glyphs.map((g, id) => merged.widths.get(id) ?? advanceWidthOf(merged.subsets[g.from].tables, g.id)),
    kern: [...merged.kern].flatMap(([key, delta]) => [...key.split(",").map(Number), delta]),
  };
}

function unionBox(boxes) {
  return [
    Math.min(...boxes.map((b) => b.minX)),
    Math.min(...boxes.map((b) => b.minY)),
    Math.max(...boxes.map((b) => b.maxX)),
    Math.max(...boxes.map((b) => b.maxY)),
  ];
}

/** The merged TrueType font: the latin subset's naming and vertical metrics, every glyph. */
export function mergedFont(merged) {
  const latin = merged.subsets[0].tables;
  const n = merged.glyphs.length;
  const glyf = [];
  const loca = Buffer.alloc((n + 1) * 4);
  const hmtx = Buffer.alloc(n * 4);
  let offset = 0;
  merged.glyphs.forEach((g, id) => {
    loca.writeUInt32BE(offset, id * 4);
    const padded = Buffer.concat([g.bytes, Buffer.alloc((4 - (g.bytes.length % 4)) % 4)]);
    glyf.push(padded);
    offset += padded.length;
    const src = merged.subsets[g.from].tables;
    const count = src.get("hhea").readUInt16BE(34);
    const srcHmtx = src.get("hmtx");
    hmtx.writeUInt16BE(advanceWidthOf(src, g.id), id * 4);
    // Left side bearings follow the last full metric for ids past numberOfHMetrics.
    const lsbAt = g.id < count ? g.id * 4 + 2 : count * 4 + (g.id - count) * 2;
    hmtx.writeInt16BE(srcHmtx.readInt16BE(lsbAt), id * 4 + 2);
  });
  loca.writeUInt32BE(offset, n * 4);
  const all = merged.subsets.map((s) => s.tables);
  const head = Buffer.from(latin.get("head"));
  head.writeUInt32BE(0, 8); // checkSumAdjustment: set by buildSfnt
  head.writeInt16BE(Math.min(...all.map((t) => t.get("head").readInt16BE(36))), 36);
  head.writeInt16BE(Math.min(...all.map((t) => t.get("head").readInt16BE(38))), 38);
  head.writeInt16BE(Math.max(...all.map((t) => t.get("head").readInt16BE(40))), 40);
  head.writeInt16BE(Math.max(...all.map((t) => t.get("head").readInt16BE(42))), 42);
  head.writeInt16BE(1, 50); // long loca
  const hhea = Buffer.from(latin.get("hhea"));
  hhea.writeUInt16BE(Math.max(...merged.glyphs.map((_, id) => hmtx.readUInt16BE(id * 4))), 10);
  hhea.writeInt16BE(Math.min(...all.map((t) => t.get("hhea").readInt16BE(12))), 12);
  hhea.writeInt16BE(Math.min(...all.map((t) => t.get("hhea").readInt16BE(14))), 14);
  hhea.writeInt16BE(Math.max(...all.map((t) => t.get("hhea").readInt16BE(16))), 16);
  hhea.writeUInt16BE(n, 34);
  const maxp = Buffer.from(latin.get("maxp"));
  maxp.writeUInt16BE(n, 4);
  for (let at = 6; at + 2 <= maxp.length; at += 2) maxp.writeUInt16BE(Math.max(...all.map((t) => t.get("maxp").readUInt16BE(at))), at);
  const post = Buffer.from(latin.get("post").subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0); // no glyph names
  const os2 = Buffer.from(latin.get("OS/2"));
  os2.writeUInt16BE(merged.cmap[0][0], 64); // usFirstCharIndex
  os2.writeUInt16BE(merged.cmap[merged.cmap.length - 1][0], 66); // usLastCharIndex
  return buildSfnt(
    new Map([
      ["OS/2", os2],
      ["cmap", cmapFormat4(merged.cmap)],
      ["glyf", Buffer.concat(glyf)],
      ["head", head],
      ["hhea", hhea],
      ["hmtx", hmtx],
      ["loca", loca],
      ["maxp", maxp],
      ["name", latin.get("name")],
      ["post", post],
    ]),
  );
}

/** Newest modification time of the inputs: the subsets and this script. */
function inputsTime() {
  const files = [fileURLToPath(import.meta.url), fileURLToPath(new URL("./lib/truetype.mjs", import.meta.url)), TRUETYPE];
  for (const face of FACES) for (const s of SUBSETS) files.push(subsetPath(s, face));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

export function buildFonts({ force = false } = {}) {
  const metricsPath = join(OUT, "tinos-metrics.json");
  const outputs = [metricsPath, ...FACES.map((face) => join(OUT, `tinos-${face}.ttf`))];
  const current = outputs.every((f) => existsSync(f) && statSync(f).mtimeMs >= inputsTime());
  if (!force && current) return false;
  mkdirSync(OUT, { recursive: true });
  const faces = {};
  for (const face of FACES) {
    const merged = mergeFace(face);
    const file = `tinos-${face}.ttf`;
    writeFileSync(join(OUT, `${file}.tmp`), mergedFont(merged));
    renameSync(join(OUT, `${file}.tmp`), join(OUT, file));
    faces[face] = faceMetrics(face, merged, file);
  }
  copyFileSync(require.resolve("@fontsource/tinos/LICENSE"), join(OUT, "LICENSE-Tinos.txt"));
  // The metrics last: their presence says the fonts beside them are complete.
  writeFileSync(`${metricsPath}.tmp`, `${JSON.stringify({ generatedBy: "scripts/build-fonts.mjs", faces })}\n`);
  renameSync(`${metricsPath}.tmp`, metricsPath);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t = performance.now();
  const wrote = buildFonts({ force: process.argv.includes("--force") });
  console.log(wrote ? `wrote ${OUT} (${Math.round(performance.now() - t)} ms)` : `${OUT} is up to date`);
}
