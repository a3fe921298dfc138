// w:sectPr: a section's page size, orientation, margins, first-page flag and page numbering
// (ECMA-376 §17.6), in millimetres.
import type { PageSetup } from "./types.js";
import { child, type XmlElement } from "./xml.js";

const TWIP_MM = 25.4 / 1440;
const mm = (v: string | undefined, fallback: number): number =>
  v === undefined || Number.isNaN(Number(v)) ? fallback : Math.round(Number(v) * TWIP_MM * 10) / 10;

export function pageSetupOf(sectPr: XmlElement | undefined): PageSetup {
  const size = child(sectPr, "w:pgSz");
  const mar = child(sectPr, "w:pgMar");
  const widthMm = mm(size?.attrs.get("w:w"), 210);
  const heightMm = mm(size?.attrs.get("w:h"), 297);
  const titlePg = child(sectPr, "w:titlePg");
  const start = child(sectPr, "w:pgNumType")?.attrs.get("w:start");
  const header = mar?.attrs.get("w:header");
  const footer = mar?.attrs.get("w:footer");
  return {
    widthMm,
    heightMm,
    landscape: size?.attrs.get("w:orient") === "landscape" || widthMm > heightMm,
    margins: {
      topMm: mm(mar?.attrs.get("w:top"), 25.4),
      rightMm: mm(mar?.attrs.get("w:right"), 25.4),
      bottomMm: mm(mar?.attrs.get("w:bottom"), 25.4),
      leftMm: mm(mar?.attrs.get("w:left"), 25.4),
      headerMm: header === undefined ? undefined : mm(header, 0),
      footerMm: footer === undefined ? undefined : mm(footer, 0),
    },
    titlePage: titlePg !== undefined && titlePg.attrs.get("w:val") !== "0" && titlePg.attrs.get("w:val") !== "false",
    pageNumberStart: start === undefined ? undefined : Number(start),
  };
}

/** Header or footer references of a section: kind (default, first, even) → relationship id. */
export function partReferences(sectPr: XmlElement | undefined, name: "w:headerReference" | "w:footerReference"): Map<string, string> {
  const refs = new Map<string, string>();
  for (const c of sectPr?.children ?? []) {
    if (typeof c === "string" || c.name !== name) continue;
    const id = c.attrs.get("r:id");
    if (id) refs.set(c.attrs.get("w:type") ?? "default", id);
  }
  return refs;
}
