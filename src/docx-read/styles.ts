// styles.xml: each paragraph style resolved through its basedOn chain and the document defaults
// (ECMA-376 §17.7), so a reader knows that a "Mục" paragraph is bold without following the chain.
import type { StyleInfo } from "./types.js";
import { attrOf, child, childrenNamed, toggle, type XmlElement } from "./xml.js";

/** A style as styles.xml states it, before its basedOn chain and the defaults fill the gaps. */
type RawStyle = StyleInfo;

export const halfPointsToPt = (v: string | undefined): number | undefined =>
  v === undefined || Number.isNaN(Number(v)) ? undefined : Number(v) / 2;

export function runFont(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, "w:rFonts");
  return fonts?.attrs.get("w:ascii") ?? fonts?.attrs.get("w:hAnsi");
}

function rawStyle(el: XmlElement): RawStyle {
  const pPr = child(el, "w:pPr");
  const rPr = child(el, "w:rPr");
  const numPr = child(pPr, "w:numPr");
  const numId = attrOf(numPr, "w:numId");
  const outline = attrOf(pPr, "w:outlineLvl");
  return {
    id: el.attrs.get("w:styleId") ?? "",
    name: attrOf(el, "w:name") ?? el.attrs.get("w:styleId") ?? "",
    basedOn: attrOf(el, "w:basedOn"),
    bold: toggle(rPr, "w:b"),
    italic: toggle(rPr, "w:i"),
    sizePt: halfPointsToPt(attrOf(rPr, "w:sz")),
    font: runFont(rPr),
    align: attrOf(pPr, "w:jc"),
    numbering: numId ? { numId, level: Number(attrOf(numPr, "w:ilvl") ?? 0) } : undefined,
    outlineLevel: outline === undefined ? undefined : Number(outline),
  };
}

/** Paragraph styles by id, each resolved; "Normal" (or an empty style) stands for a paragraph without one. */
export function readStyles(root: XmlElement | undefined): Map<string, StyleInfo> {
  const raw = new Map<string, RawStyle>();
  const defaults = child(child(child(root, "w:docDefaults"), "w:rPrDefault"), "w:rPr");
  let defaultId: string | undefined;
  for (const el of root ? childrenNamed(root, "w:style") : []) {
    if ((el.attrs.get("w:type") ?? "paragraph") !== "paragraph") continue;
    const s = rawStyle(el);
    raw.set(s.id, s);
    const isDefault = el.attrs.get("w:default");
    if (isDefault === "1" || isDefault === "true") defaultId = s.id;
  }
  const resolved = new Map<string, StyleInfo>();
  const resolve = (id: string, seen: Set<string>): StyleInfo => {
    const done = resolved.get(id);
    if (done) return done;
    const s = raw.get(id) ?? { id, name: id };
    const parent = s.basedOn && !seen.has(s.basedOn) && raw.has(s.basedOn) ? resolve(s.basedOn, new Set([...seen, id])) : undefined;
    const info: StyleInfo = {
      id: s.id,
      name: s.name,
      basedOn: s.basedOn,
      bold: s.bold ?? parent?.bold ?? toggle(defaults, "w:b"),
      italic: s.italic ?? parent?.italic ?? toggle(defaults, "w:i"),
      sizePt: s.sizePt ?? parent?.sizePt ?? halfPointsToPt(attrOf(defaults, "w:sz")),
      font: s.font ?? parent?.font ?? runFont(defaults),
      align: s.align ?? parent?.align,
      numbering: s.numbering ?? parent?.numbering,
      outlineLevel: s.outlineLevel ?? parent?.outlineLevel,
    };
    resolved.set(id, info);
    return info;
  };
  for (const id of raw.keys()) resolve(id, new Set());
  // The default paragraph style under a fixed key, for paragraphs that name none.
  const fallback = (defaultId && resolved.get(defaultId)) || {
    id: "Normal",
    name: "Normal",
    bold: toggle(defaults, "w:b"),
    italic: toggle(defaults, "w:i"),
  };
  resolved.set("", fallback);
  return resolved;
}
