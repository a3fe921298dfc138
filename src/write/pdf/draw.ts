// Draws laid-out pages with pdfkit. Each text op is split by Tinos subset file (latin,
// vietnamese, latin-ext) and every piece is placed at an explicit baseline position, so
// pdfkit never wraps or measures anything itself.

import type PDFKit from "pdfkit";
import { measureText, splitByFont } from "../../layout/fonts.js";
import type { DrawOp } from "./ops.js";

export class PdfPainter {
  private readonly registered = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  draw(ops: readonly DrawOp[]): void {
    for (const op of ops) {
      if (op.kind === "line") {
        this.doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.widthPt).strokeColor("black").stroke();
        continue;
      }
      let x = op.x;
      for (const run of splitByFont(op.text, op.face)) {
        if (!this.registered.has(run.file.name)) {
          this.doc.registerFont(run.file.name, run.file.data);
          this.registered.add(run.file.name);
        }
        this.doc.font(run.file.name).fontSize(op.sizePt);
        // `baseline` is in pdfkit 0.20 but missing from @types/pdfkit.
        this.doc.text(run.text, x, op.y, { lineBreak: false, baseline: "alphabetic" } as PDFKit.Mixins.TextOptions);
        x += measureText(run.text, op.face, op.sizePt);
      }
    }
  }
}
