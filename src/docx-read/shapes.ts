// Shapes anchored in a run: Word's clerks draw the rules under the agency name, the Tiêu ngữ and
// the trích yếu (Phụ lục I, ô 1, 2, 5a) with Insert → Shapes → Line, so a reader must see a line
// there as well as a paragraph border. DrawingML (w:drawing, Word 2010+) gives the extent in EMU;
// VML (w:pict, older Word, WPS) gives from/to points or a CSS width. In mc:AlternateContent the
// Choice is read and the Fallback (the same shape again) is not.
import type { DocxShape } from "./types.js";
import { child, isElement, type XmlElement } from "./xml.js";

const EMU_PER_MM = 36000;
const LINE_PRESETS = new Set(["line", "straightConnector1"]);

/** A CSS or VML length ("99pt", "3.5cm", "120px") in mm. */
function lengthMm(v: string | undefined): number | undefined {
  const m = v === undefined ? null : /^(-?[\d.]+)\s*(pt|cm|mm|in|px|)$/.exec(v.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const per: Record<string, number> = { pt: 25.4 / 72, "": 25.4 / 72, cm: 10, mm: 1, in: 25.4, px: 25.4 / 96 };
  return n * per[m[2]!]!;
}

function descendants(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    out.push(c);
    descendants(c, out);
  }
  return out;
}

function drawingShape(drawing: XmlElement): DocxShape {
  const all = descendants(drawing);
  const anchor = all.find((e) => e.name === "wp:anchor" || e.name === "wp:inline");
  const cx = child(anchor, "wp:extent")?.attrs.get("cx");
  const preset = all.find((e) => e.name === "a:prstGeom")?.attrs.get("prst");
  return {
    kind: preset !== undefined && LINE_PRESETS.has(preset) ? "line" : "other",
    widthMm: cx === undefined ? undefined : Number(cx) / EMU_PER_MM,
  };
}

function vmlShape(pict: XmlElement): DocxShape | undefined {
  const all = descendants(pict);
  const line = all.find((e) => e.name === "v:line");
  if (line) {
    const [x1] = (line.attrs.get("from") ?? "0,0").split(",");
    const [x2] = (line.attrs.get("to") ?? "0,0").split(",");
    const a = lengthMm(x1);
    const b = lengthMm(x2);
    return { kind: "line", widthMm: a === undefined || b === undefined ? undefined : Math.abs(b - a) };
  }
  const shape = all.find((e) => e.name === "v:shape" || e.name === "v:rect");
  if (!shape) return undefined;
  const style = shape.attrs.get("style") ?? "";
  const width = /(?:^|;)\s*width:\s*([^;]+)/.exec(style)?.[1];
  const height = lengthMm(/(?:^|;)\s*height:\s*([^;]+)/.exec(style)?.[1]);
  // A connector (o:connectortype, type _x0000_t32) or a shape no taller than a stroke is a line.
  const connector = shape.attrs.get("o:connectortype") !== undefined || (shape.attrs.get("type") ?? "").includes("_x0000_t32");
  return { kind: connector || (height !== undefined && height < 1) ? "line" : "other", widthMm: lengthMm(width) };
}

/** The shapes drawn by one run (w:r), in order. */
export function shapesOfRun(r: XmlElement): DocxShape[] {
  const out: DocxShape[] = [];
  for (const c of r.children) {
    if (!isElement(c)) continue;
    if (c.name === "w:drawing") out.push(drawingShape(c));
    else if (c.name === "w:pict") {
      const s = vmlShape(c);
      if (s) out.push(s);
    } else if (c.name === "mc:AlternateContent") {
      const choice = child(c, "mc:Choice") ?? child(c, "mc:Fallback");
      if (choice) out.push(...shapesOfRun(choice));
    }
  }
  return out;
}
