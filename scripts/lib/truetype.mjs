// The TrueType helpers of scripts/build-fonts.mjs: the PDF writer's own (src/write/pdf/truetype.ts),
// WOFF 1.0 decoding, and the two tables the merge writes anew (hmtx reading, cmap format 4).
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";
import { build } from "esbuild";

/** The PDF writer's TrueType code (src/write/pdf/truetype.ts), compiled here with esbuild: the merge
 * reads and writes fonts with the same code that embeds them, and needs no `tsc` run first. */
export const TRUETYPE = fileURLToPath(new URL("../../src/write/pdf/truetype.ts", import.meta.url));
export const { buildSfnt, componentOffsets, glyphBytes, readTables } = await import(
  `data:text/javascript;base64,${Buffer.from((await build({ entryPoints: [TRUETYPE], bundle: true, format: "esm", platform: "node", write: false })).outputFiles[0].text).toString("base64")}`
);
/** WOFF 1.0 → SFNT (https://www.w3.org/TR/WOFF/: 44-byte header, 20-byte table entries). */
export function woffToSfnt(woff) {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("not a WOFF file");
  const tables = new Map();
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const at = 44 + i * 20;
    const tag = woff.toString("latin1", at, at + 4);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : Buffer.from(stored);
    if (data.length !== origLength) throw new Error(`WOFF table ${tag} has the wrong length`);
    tables.set(tag, data);
  }
  return buildSfnt(tables);
}

/** Advance width of glyph `id` in hmtx (a component glyph no character maps to). */
export function advanceWidthOf(tables, id) {
  const count = tables.get("hhea").readUInt16BE(34);
  const hmtx = tables.get("hmtx");
  return hmtx.readUInt16BE(Math.min(id, count - 1) * 4);
}

/** cmap with one format-4 subtable (Windows, Unicode BMP): a segment per run of consecutive code
 * points with consecutive glyph ids, then the required 0xFFFF segment. */
export function cmapFormat4(pairs) {
  const segments = [];
  for (const [cp, id] of pairs) {
    const last = segments[segments.length - 1];
    if (last && last.end === cp - 1 && last.delta === id - cp) last.end = cp;
    else segments.push({ start: cp, end: cp, delta: id - cp });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const count = segments.length;
  const length = 16 + count * 8;
  const sub = Buffer.alloc(length);
  const entrySelector = Math.floor(Math.log2(count));
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(length, 2);
  sub.writeUInt16BE(count * 2, 6);
  sub.writeUInt16BE(2 ** entrySelector * 2, 8);
  sub.writeUInt16BE(entrySelector, 10);
  sub.writeUInt16BE(count * 2 - 2 ** entrySelector * 2, 12);
  segments.forEach((s, i) => {
    sub.writeUInt16BE(s.end, 14 + i * 2);
    sub.writeUInt16BE(s.start, 16 + count * 2 + i * 2);
    sub.writeUInt16BE((s.delta + 0x10000) & 0xffff, 16 + count * 4 + i * 2);
    // idRangeOffset stays 0: every segment maps by delta.
  });
  const header = Buffer.alloc(12);
  header.writeUInt16BE(1, 2); // one encoding record
  header.writeUInt16BE(3, 4); // Windows
  header.writeUInt16BE(1, 6); // Unicode BMP
  header.writeUInt32BE(12, 8);
  return Buffer.concat([header, sub]);
}
