// Edits a DOCX's XML parts with the XML library (fast-xml-parser, the parser docx-read uses, and
// its builder) rather than with text replacement: the broken documents of the audit corpus are
// made from cai-cach's own DOCX this way, so no binary is committed.
import { unzipSync, zipSync } from "fflate";
import { XMLBuilder, XMLParser } from "fast-xml-parser";

export type XNode = Record<string, unknown>;

const OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  suppressEmptyNode: true,
} as const;
const parser = new XMLParser(OPTIONS);
const builder = new XMLBuilder(OPTIONS);

export const nameOf = (n: XNode): string => Object.keys(n).find((k) => k !== ":@")!;
export const kids = (n: XNode): XNode[] => (n[nameOf(n)] as XNode[] | undefined) ?? [];
export const attrs = (n: XNode): Record<string, string> => {
  n[":@"] ??= {};
  return n[":@"] as Record<string, string>;
};
export const element = (name: string, attributes: Record<string, string> = {}, children: XNode[] = []): XNode => ({
  [name]: children,
  ...(Object.keys(attributes).length > 0 ? { ":@": attributes } : {}),
});

/** Every element under `nodes` in document order, depth first. */
export function descendants(nodes: XNode[], out: XNode[] = []): XNode[] {
  for (const n of nodes) {
    if (nameOf(n) === "#text") continue;
    out.push(n);
    descendants(kids(n), out);
  }
  return out;
}

export const named = (nodes: XNode[], name: string): XNode[] => descendants(nodes).filter((n) => nameOf(n) === name);

/** The text of a paragraph (w:t pieces; a non-breaking hyphen as "-"). */
export function textOf(p: XNode): string {
  return descendants(kids(p))
    .map((n) =>
      nameOf(n) === "w:t"
        ? kids(n)
            .map((t) => String(t["#text"] ?? ""))
            .join("")
        : nameOf(n) === "w:noBreakHyphen"
          ? "-"
          : "",
    )
    .join("");
}

/** The child named `name` of `parent`, created (first among its children when `first`) if absent. */
export function childOf(parent: XNode, name: string, first = false): XNode {
  const list = kids(parent);
  parent[nameOf(parent)] = list;
  let c = list.find((k) => nameOf(k) === name);
  if (!c) {
    c = element(name);
    if (first) list.unshift(c);
    else list.push(c);
  }
  return c;
}

/** Sets (replacing) the property `name` with `attributes` inside a w:pPr or w:rPr. */
export function setProperty(props: XNode, name: string, attributes: Record<string, string> = {}): void {
  const list = kids(props).filter((k) => nameOf(k) !== name);
  list.push(element(name, attributes));
  props[nameOf(props)] = list;
}

export function removeChildren(parent: XNode, name: string): void {
  parent[nameOf(parent)] = kids(parent).filter((k) => nameOf(k) !== name);
}

/** Replaces `from` by `to` inside the w:t pieces of a paragraph (the first piece that holds it). */
export function replaceText(p: XNode, from: string, to: string): void {
  for (const t of named(kids(p), "w:t")) {
    const text = kids(t)[0];
    if (text && String(text["#text"]).includes(from)) {
      text["#text"] = String(text["#text"]).replace(from, to);
      return;
    }
  }
  throw new Error(`"${from}" not in paragraph "${textOf(p)}"`);
}

/** Each run's w:rPr of a paragraph, created where missing. */
export const runProperties = (p: XNode): XNode[] => named(kids(p), "w:r").map((r) => childOf(r, "w:rPr", true));

/** A paragraph's w:pPr, created where missing. */
export const paragraphProperties = (p: XNode): XNode => childOf(p, "w:pPr", true);

export class DocxEdit {
  private readonly files: Record<string, Uint8Array>;
  private readonly parsed = new Map<string, XNode[]>();

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
  }

  /** A part's parsed XML (its top-level nodes), kept for saving. */
  part(name: string): XNode[] {
    let nodes = this.parsed.get(name);
    if (!nodes) {
      const data = this.files[name];
      if (!data) throw new Error(`no part ${name}`);
      nodes = parser.parse(new TextDecoder().decode(data)) as XNode[];
      this.parsed.set(name, nodes);
    }
    return nodes;
  }

  /** The main document's paragraphs in order (tables included), as readDocx numbers them. */
  paragraphs(): XNode[] {
    return named(this.part("word/document.xml"), "w:p");
  }

  /** The first paragraph whose text matches. */
  paragraph(match: string | RegExp): XNode {
    const p = this.paragraphs().find((x) => (typeof match === "string" ? textOf(x) === match : match.test(textOf(x))));
    if (!p) throw new Error(`no paragraph ${match}`);
    return p;
  }

  /** A style of styles.xml by id. */
  style(id: string): XNode {
    const s = named(this.part("word/styles.xml"), "w:style").find((x) => attrs(x)["w:styleId"] === id);
    if (!s) throw new Error(`no style ${id}`);
    return s;
  }

  /** Every section's properties (w:sectPr) in order; the last is the document's final part. */
  sections(): XNode[] {
    return named(this.part("word/document.xml"), "w:sectPr");
  }

  save(): Buffer {
    const out: Record<string, Uint8Array> = { ...this.files };
    for (const [name, nodes] of this.parsed) out[name] = new TextEncoder().encode(builder.build(nodes) as string);
    return Buffer.from(zipSync(out));
  }
}
