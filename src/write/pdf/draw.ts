// Draws laid-out pages: lines through pdfkit's graphics API, text as the glyph runs of the layout
// (src/layout/fonts.ts) written straight into the page's content, each piece at its explicit
// baseline position. pdfkit neither wraps, measures nor shapes anything.

import type PDFKit from "pdfkit";
import { type Face, glyphRun, loadFace } from "../../layout/fonts.js";
import { EmbeddedFace } from "./embedded-face.js";
import type { DrawOp, TextOp } from "./ops.js";
import { internals, type PdfDocumentInternals, pdfNumber } from "./pdf-internals.js";

export class PdfPainter {
  private readonly raw: PdfDocumentInternals;
  private readonly faces = new Map<Face, EmbeddedFace>();

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.raw = internals(doc);
  }

  private embedded(face: Face): EmbeddedFace {
    let e = this.faces.get(face);
    if (!e) {
      e = new EmbeddedFace(this.raw, face, `T${face.id.replace("-normal", "").replace("-italic", "i")}`);
      this.faces.set(face, e);
    }
    // The page lists the fonts it uses; the same font object serves every page.
    this.raw.page.fonts[e.name] = e.ref;
    return e;
  }

  private text(op: TextOp): string | undefined {
    const face = loadFace(op.face);
    const run = glyphRun(op.text, face);
    if (run.ids.length === 0) return undefined;
    const e = this.embedded(face);
    // pdfkit's pages are flipped (y down); text is set in the page's own space (y up).
    const y = this.raw.page.height - op.y;
    return `BT\n1 0 0 1 ${pdfNumber(op.x)} ${pdfNumber(y)} Tm\n/${e.name} ${pdfNumber(op.sizePt)} Tf\n${e.showText(run)} TJ\nET`;
  }

  draw(ops: readonly DrawOp[]): void {
    let text: string[] = [];
    const flush = (): void => {
      if (text.length === 0) return;
      this.raw.addContent(`q\n1 0 0 -1 0 ${pdfNumber(this.raw.page.height)} cm\n${text.join("\n")}\nQ`);
      text = [];
    };
    for (const op of ops) {
      if (op.kind === "line") {
        flush();
        this.doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.widthPt).strokeColor("black").stroke();
        continue;
      }
      const shown = this.text(op);
      if (shown) text.push(shown);
    }
    flush();
  }

  /** Embeds each face used, once, with the glyphs drawn: call after the last page. */
  finish(): void {
    for (const e of this.faces.values()) e.embed();
  }
}
