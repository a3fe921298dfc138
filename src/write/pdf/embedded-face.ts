// One Tinos face embedded in the PDF, once, with only the glyphs the document draws: a Type 0
// font (Identity-H) over a CIDFontType2 whose CIDs are the subset's glyph ids in order of first
// use, with each glyph's width (W) and the characters it stands for (ToUnicode), so the text
// stays selectable and extractable. The layout's own glyph runs (src/layout/fonts.ts) are encoded
// here; nothing shapes the text a second time.

import type { Face, GlyphRun } from "../../layout/fonts.js";
import { fontFile } from "../../layout/fonts.js";
import type { PdfDocumentInternals, PdfRef } from "./pdf-internals.js";
import { pdfNumber } from "./pdf-internals.js";
import { subsetFont } from "./truetype.js";

const hex4 = (n: number): string => n.toString(16).padStart(4, "0");

/** UTF-16 hex of a string, for the ToUnicode map. */
const utf16Hex = (text: string): string => Array.from({ length: text.length }, (_, i) => hex4(text.charCodeAt(i))).join("");

export class EmbeddedFace {
  /** The font dictionary: allocated at first use so pages can refer to it, written at the end. */
  readonly ref: PdfRef;
  private readonly cidOf = new Map<number, number>();
  /** Glyph id and characters of each CID; CID 0 is .notdef. */
  private readonly glyphs: number[] = [0];
  private readonly chars: string[] = [""];
  private readonly scale: number;

  constructor(
    private readonly doc: PdfDocumentInternals,
    private readonly face: Face,
    /** The font's resource name on the pages, e.g. "T700i". */
    readonly name: string,
  ) {
    this.ref = doc.ref();
    this.scale = 1000 / face.unitsPerEm;
    this.cidOf.set(0, 0);
  }

  private cid(id: number, chars: string): number {
    let cid = this.cidOf.get(id);
    if (cid === undefined) {
      cid = this.glyphs.length;
      this.cidOf.set(id, cid);
      this.glyphs.push(id);
      this.chars.push(chars);
    }
    return cid;
  }

  /** The operand of TJ for a run: glyph strings, split where a kerning adjustment applies. */
  showText(run: GlyphRun): string {
    let out = "[<";
    for (let i = 0; i < run.ids.length; i++) {
      const kern = run.kerns[i]!;
      if (kern !== 0 && i > 0) out += `> ${pdfNumber(-kern * this.scale)} <`;
      out += hex4(this.cid(run.ids[i]!, run.chars[i]!));
    }
    return `${out}>]`;
  }

  /** Writes the subset font and its dictionaries; call once, after the last page is drawn. */
  embed(): void {
    const f = this.face;
    const s = this.scale;
    const file = this.doc.ref();
    file.end(subsetFont(fontFile(f), this.glyphs));
    const name = `${subsetTag(this.glyphs)}+${f.postscriptName}`;
    // Flags (PDF 32000-1, 9.8.2): serif, symbolic (as pdfkit writes a CID font), italic.
    const flags = (1 << 1) | (1 << 2) | (f.italic ? 1 << 6 : 0);
    const descriptor = this.doc.ref({
      Type: "FontDescriptor",
      FontName: name,
      Flags: flags,
      FontBBox: f.bbox.map((v) => v * s),
      ItalicAngle: f.italicAngle,
      Ascent: f.ascent * s,
      Descent: f.descent * s,
      CapHeight: f.capHeight * s,
      XHeight: f.xHeight * s,
      StemV: 0,
      FontFile2: file,
    });
    descriptor.end();
    const descendant = this.doc.ref({
      Type: "Font",
      Subtype: "CIDFontType2",
      BaseFont: name,
      CIDSystemInfo: { Registry: new String("Adobe"), Ordering: new String("Identity"), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, this.glyphs.map((id) => f.widths[id]! * s)],
      CIDToGIDMap: "Identity",
    });
    descendant.end();
    const toUnicode = this.doc.ref();
    toUnicode.end(toUnicodeCmap(this.chars));
    this.ref.data = {
      Type: "Font",
      Subtype: "Type0",
      BaseFont: name,
      Encoding: "Identity-H",
      DescendantFonts: [descendant],
      ToUnicode: toUnicode,
    };
    this.ref.end();
  }
}

/** Six capital letters naming the subset (PDF 32000-1, 9.6.4), from its glyphs: the same
 * document gives the same tag. */
function subsetTag(glyphs: readonly number[]): string {
  let h = 0x811c9dc5;
  for (const g of glyphs) h = Math.imul(h ^ g, 0x01000193) >>> 0;
  let tag = "";
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26);
  }
  return tag;
}

/** CID → Unicode, in ranges of up to 256 CIDs (the CMap format's limit per bfrange entry). */
function toUnicodeCmap(chars: readonly string[]): string {
  const ranges: string[] = [];
  for (let start = 0; start < chars.length; start += 256) {
    const slice = chars.slice(start, start + 256).map((c) => `<${utf16Hex(c) || "0000"}>`);
    ranges.push(`<${hex4(start)}> <${hex4(start + slice.length - 1)}> [${slice.join(" ")}]`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo <<\n  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000><ffff>",
    "endcodespacerange",
    `${ranges.length} beginbfrange`,
    ...ranges,
    "endbfrange",
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}
