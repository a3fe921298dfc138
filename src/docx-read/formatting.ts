// Paragraph and run formatting as Word applies it (ECMA-376 §17.7.2): the document defaults, then
// the paragraph style through its basedOn chain, then a run's character style, then direct
// formatting. `audit` needs the result a clerk sees (is this line bold, how far is it indented, how
// much space before it), whoever wrote the file; `import` needs only the coarse flags of types.ts.
import type { ParagraphFormat, RunFormat } from "./types.js";
import { attrOf, child, childrenNamed, toggle, type XmlElement } from "./xml.js";

const TWIP_MM = 25.4 / 1440;

const num = (v: string | undefined): number | undefined => (v === undefined || v === "" || Number.isNaN(Number(v)) ? undefined : Number(v));

function border(el: XmlElement | undefined): ParagraphFormat["borderBottom"] {
  if (!el) return undefined;
  const style = el.attrs.get("w:val") ?? "none";
  if (style === "none" || style === "nil") return { style: "none", sizePt: 0 };
  return { style, sizePt: (num(el.attrs.get("w:sz")) ?? 4) / 8 };
}

/** The paragraph properties stated in one w:pPr (direct, a style's or the defaults'); unset stays undefined. */
export function paragraphFormatOf(pPr: XmlElement | undefined): ParagraphFormat {
  const spacing = child(pPr, "w:spacing");
  const ind = child(pPr, "w:ind");
  const twipMm = (v: string | undefined): number | undefined => {
    const n = num(v);
    return n === undefined ? undefined : n * TWIP_MM;
  };
  const line = num(spacing?.attrs.get("w:line"));
  const lineRule = spacing?.attrs.get("w:lineRule") ?? (line === undefined ? undefined : "auto");
  const out: ParagraphFormat = {
    align: attrOf(pPr, "w:jc"),
    // Before/after "auto" spacing (HTML-like) is left unknown rather than guessed.
    spaceBeforePt: spacing?.attrs.get("w:beforeAutospacing") === "1" ? undefined : twipPt(spacing?.attrs.get("w:before")),
    spaceAfterPt: spacing?.attrs.get("w:afterAutospacing") === "1" ? undefined : twipPt(spacing?.attrs.get("w:after")),
    line: line === undefined ? undefined : lineRule === "auto" ? { lines: line / 240 } : { pt: line / 20, exact: lineRule === "exact" },
    // w:start / w:end are the bidi-aware names LibreOffice and newer Word also write.
    indentLeftMm: twipMm(ind?.attrs.get("w:left") ?? ind?.attrs.get("w:start")),
    indentRightMm: twipMm(ind?.attrs.get("w:right") ?? ind?.attrs.get("w:end")),
    indentFirstLineMm:
      ind?.attrs.get("w:hanging") !== undefined ? -(twipMm(ind.attrs.get("w:hanging")) ?? 0) : twipMm(ind?.attrs.get("w:firstLine")),
    borderBottom: border(child(child(pPr, "w:pBdr"), "w:bottom")),
  };
  return out;
}

const twipPt = (v: string | undefined): number | undefined => {
  const n = num(v);
  return n === undefined ? undefined : n / 20;
};

/** `over`'s stated values win; the gaps are filled from `under` (a style over its parent, direct over style). */
export function mergeParagraphFormat(over: ParagraphFormat, under: ParagraphFormat | undefined): ParagraphFormat {
  if (!under) return over;
  const out: ParagraphFormat = { ...under };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** The run properties stated in one w:rPr. */
export function runFormatOf(rPr: XmlElement | undefined): RunFormat {
  const fonts = child(rPr, "w:rFonts");
  const size = num(attrOf(rPr, "w:sz"));
  return {
    bold: toggle(rPr, "w:b"),
    italic: toggle(rPr, "w:i"),
    caps: toggle(rPr, "w:caps"),
    sizePt: size === undefined ? undefined : size / 2,
    font: fonts?.attrs.get("w:ascii") ?? fonts?.attrs.get("w:hAnsi"),
    // A theme font (Word's "+Body"): the name is in the theme, not here.
    themeFont: fonts?.attrs.get("w:asciiTheme") ?? fonts?.attrs.get("w:hAnsiTheme"),
    color: attrOf(rPr, "w:color"),
  };
}

export function mergeRunFormat(over: RunFormat, under: RunFormat | undefined): RunFormat {
  if (!under) return over;
  const out: RunFormat = { ...under };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  // A stated font name replaces an inherited theme font and the reverse.
  if (over.font !== undefined && over.themeFont === undefined) delete out.themeFont;
  if (over.themeFont !== undefined && over.font === undefined) delete out.font;
  return out;
}

/** The document defaults (w:docDefaults): run and paragraph properties every style starts from. */
export function documentDefaults(stylesRoot: XmlElement | undefined): { run: RunFormat; paragraph: ParagraphFormat } {
  const defaults = child(stylesRoot, "w:docDefaults");
  return {
    run: runFormatOf(child(child(defaults, "w:rPrDefault"), "w:rPr")),
    paragraph: paragraphFormatOf(child(child(defaults, "w:pPrDefault"), "w:pPr")),
  };
}

/**
 * Every style's paragraph and run formatting resolved through basedOn down to the defaults, by
 * style id and type ("paragraph", "character"). A chain that loops stops where it repeats.
 */
export function resolvedStyleFormats(stylesRoot: XmlElement | undefined): {
  paragraph: Map<string, { paragraph: ParagraphFormat; run: RunFormat }>;
  character: Map<string, RunFormat>;
  defaults: { run: RunFormat; paragraph: ParagraphFormat };
  defaultParagraphStyle?: string;
} {
  const defaults = documentDefaults(stylesRoot);
  const raw = new Map<string, { type: string; basedOn?: string; paragraph: ParagraphFormat; run: RunFormat }>();
  let defaultParagraphStyle: string | undefined;
  for (const el of stylesRoot ? childrenNamed(stylesRoot, "w:style") : []) {
    const type = el.attrs.get("w:type") ?? "paragraph";
    const id = el.attrs.get("w:styleId") ?? "";
    raw.set(`${type}\u0000${id}`, {
      type,
      basedOn: attrOf(el, "w:basedOn"),
      paragraph: paragraphFormatOf(child(el, "w:pPr")),
      run: runFormatOf(child(el, "w:rPr")),
    });
    const isDefault = el.attrs.get("w:default");
    if (type === "paragraph" && (isDefault === "1" || isDefault === "true")) defaultParagraphStyle = id;
  }
  const resolve = (type: string, id: string, seen: Set<string>): { paragraph: ParagraphFormat; run: RunFormat } => {
    const s = raw.get(`${type}\u0000${id}`);
    if (!s) return type === "paragraph" ? { paragraph: defaults.paragraph, run: defaults.run } : { paragraph: {}, run: {} };
    const parent =
      s.basedOn && !seen.has(s.basedOn) ? resolve(type, s.basedOn, new Set([...seen, id])) : type === "paragraph" ? defaults : undefined;
    return { paragraph: mergeParagraphFormat(s.paragraph, parent?.paragraph), run: mergeRunFormat(s.run, parent?.run) };
  };
  const paragraph = new Map<string, { paragraph: ParagraphFormat; run: RunFormat }>();
  const character = new Map<string, RunFormat>();
  for (const s of raw.keys()) {
    const [type, id] = s.split("\u0000") as [string, string];
    if (type === "paragraph") paragraph.set(id, resolve(type, id, new Set()));
    else if (type === "character") character.set(id, resolve(type, id, new Set()).run);
  }
  return { paragraph, character, defaults, defaultParagraphStyle };
}

/** The theme's Latin fonts (word/theme/theme1.xml): what "+Body" (minor) and "+Headings" (major) name. */
export function themeFontsOf(theme: XmlElement | undefined): { minor?: string; major?: string } {
  const scheme = child(child(theme, "a:themeElements"), "a:fontScheme");
  const latin = (name: string): string | undefined => child(child(scheme, name), "a:latin")?.attrs.get("typeface") || undefined;
  return { minor: latin("a:minorFont"), major: latin("a:majorFont") };
}
