// The XML parts of a DOCX as a small element tree, parsed by fast-xml-parser (never by regular
// expressions): elements keep their order (runs, breaks and tabs inside a paragraph matter), the
// namespace prefixes Word writes (w:, a:…) are kept in the names, and text keeps its spaces.
import { XMLParser } from "fast-xml-parser";

export interface XmlElement {
  name: string;
  attrs: ReadonlyMap<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // xml:space="preserve" runs hold meaningful spaces; whitespace-only text between elements is
  // dropped by the readers, which look only at w:t.
});

type Raw = Record<string, unknown>;

function convert(raw: Raw[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const entry of raw) {
    const attrsRaw = (entry[":@"] ?? {}) as Record<string, string>;
    for (const key of Object.keys(entry)) {
      if (key === ":@") continue;
      if (key === "#text") {
        out.push(String(entry[key]));
        continue;
      }
      const attrs = new Map<string, string>();
      for (const [k, v] of Object.entries(attrsRaw)) attrs.set(k, String(v));
      out.push({ name: key, attrs, children: convert((entry[key] ?? []) as Raw[]) });
    }
  }
  return out;
}

/** The root element of an XML part (its first element). Throws on XML that does not parse. */
export function parseXml(text: string): XmlElement {
  const nodes = convert(parser.parse(text) as Raw[]);
  const root = nodes.find((n): n is XmlElement => typeof n !== "string");
  if (!root) throw new Error("no root element");
  return root;
}

export const isElement = (n: XmlNode): n is XmlElement => typeof n !== "string";

/** Child elements named `name` ("w:p"), in order. */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => isElement(c) && c.name === name);

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c): c is XmlElement => isElement(c) && c.name === name);

/** The text directly inside an element (w:t, w:instrText). */
export const textOf = (el: XmlElement): string => el.children.filter((c): c is string => typeof c === "string").join("");

/** An attribute such as w:val of a child element: `attrOf(rPr, "w:b", "w:val")`. */
export const attrOf = (el: XmlElement | undefined, childName: string, attr = "w:val"): string | undefined =>
  child(el, childName)?.attrs.get(attr);

/**
 * A toggle property (w:b, w:i): present means on, unless its w:val says off; absent: undefined.
 * ("0", "false", "off" are the spellings ECMA-376 §17.17.4 allows for off.)
 */
export function toggle(el: XmlElement | undefined, name: string): boolean | undefined {
  const c = child(el, name);
  if (!c) return undefined;
  const v = c.attrs.get("w:val");
  return !(v === "0" || v === "false" || v === "off");
}
