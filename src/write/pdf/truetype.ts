// The parts of the TrueType format (https://learn.microsoft.com/typography/opentype/spec/) that
// the PDF writer needs to embed a subset of a font, and that scripts/build-fonts.mjs needs to
// merge Fontsource's subsets: the table directory, glyph outlines through `loca`, the glyph ids a
// composite glyph refers to, and writing a font back with its checksums.

/** Tables of an SFNT font by tag. */
export function readTables(sfnt: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < sfnt.readUInt16BE(4); i++) {
    const at = 12 + i * 16;
    const offset = sfnt.readUInt32BE(at + 8);
    tables.set(sfnt.toString("latin1", at, at + 4), sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12)));
  }
  return tables;
}

/** The outline bytes of glyph `id` (`loca` short or long, as `head` says). */
export function glyphBytes(tables: Map<string, Buffer>, id: number): Buffer {
  const loca = tables.get("loca")!;
  const long = tables.get("head")!.readInt16BE(50) === 1;
  const at = (i: number): number => (long ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2);
  return tables.get("glyf")!.subarray(at(id), at(id + 1));
}

/** Offsets (in a glyph's bytes) of the glyph ids a composite glyph refers to; [] for a simple glyph. */
export function componentOffsets(glyph: Buffer): number[] {
  if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return [];
  const offsets: number[] = [];
  let at = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(at);
    offsets.push(at + 2);
    at += 4 + (flags & 0x1 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
    if (flags & 0x8)
      at += 2; // WE_HAVE_A_SCALE
    else if (flags & 0x40)
      at += 4; // WE_HAVE_AN_X_AND_Y_SCALE
    else if (flags & 0x80) at += 8; // WE_HAVE_A_TWO_BY_TWO
    if (!(flags & 0x20)) return offsets; // MORE_COMPONENTS
  }
}

const padded = (data: Buffer): Buffer => (data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]));

function checksum(data: Buffer): number {
  const whole = padded(data);
  let sum = 0;
  for (let at = 0; at < whole.length; at += 4) sum = (sum + whole.readUInt32BE(at)) >>> 0;
  return sum;
}

/** A TrueType font of the given tables (written sorted by tag), with checksums and head's adjustment. */
export function buildSfnt(tables: ReadonlyMap<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const entrySelector = Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(2 ** entrySelector * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(count * 16 - 2 ** entrySelector * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = Buffer.from(tables.get(tag)!);
    if (tag === "head") {
      data.writeUInt32BE(0, 8); // checkSumAdjustment, set below
      headAt = offset;
    }
    const at = 12 + i * 16;
    header.write(tag, at, "latin1");
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    bodies.push(padded(data));
    offset += bodies[bodies.length - 1]!.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  if (headAt >= 0) font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

/**
 * A font holding only `ids` of `font`, renumbered in that order (new id = index; id 0 should be
 * .notdef), plus the glyphs their composites are made of, appended. Keeps what a PDF viewer needs
 * of an embedded TrueType font (glyf, loca, hmtx, head, hhea, maxp); Tinos has no hinting tables.
 */
export function subsetFont(font: Buffer, ids: readonly number[]): Buffer {
  const tables = readTables(font);
  const order = [...ids];
  const newId = new Map(order.map((id, i) => [id, i]));
  const outlines: Buffer[] = [];
  for (let i = 0; i < order.length; i++) {
    const bytes = Buffer.from(glyphBytes(tables, order[i]!));
    for (const at of componentOffsets(bytes)) {
      const part = bytes.readUInt16BE(at);
      if (!newId.has(part)) {
        newId.set(part, order.length);
        order.push(part);
      }
      bytes.writeUInt16BE(newId.get(part)!, at);
    }
    outlines.push(padded(bytes));
  }
  const n = order.length;
  const loca = Buffer.alloc((n + 1) * 4);
  const hmtx = Buffer.alloc(n * 4);
  const srcHmtx = tables.get("hmtx")!;
  const metrics = tables.get("hhea")!.readUInt16BE(34);
  let offset = 0;
  order.forEach((id, i) => {
    loca.writeUInt32BE(offset, i * 4);
    offset += outlines[i]!.length;
    const full = Math.min(id, metrics - 1) * 4;
    hmtx.writeUInt16BE(srcHmtx.readUInt16BE(full), i * 4);
    hmtx.writeInt16BE(srcHmtx.readInt16BE(id < metrics ? id * 4 + 2 : metrics * 4 + (id - metrics) * 2), i * 4 + 2);
  });
  loca.writeUInt32BE(offset, n * 4);
  const head = Buffer.from(tables.get("head")!);
  head.writeInt16BE(1, 50); // long loca
  const hhea = Buffer.from(tables.get("hhea")!);
  hhea.writeUInt16BE(n, 34);
  const maxp = Buffer.from(tables.get("maxp")!);
  maxp.writeUInt16BE(n, 4);
  return buildSfnt(
    new Map([
      ["glyf", Buffer.concat(outlines)],
      ["head", head],
      ["hhea", hhea],
      ["hmtx", hmtx],
      ["loca", loca],
      ["maxp", maxp],
    ]),
  );
}
