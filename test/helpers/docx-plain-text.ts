// The bare text of a DOCX, one paragraph per line (runs joined, tabs and breaks as spaces), for
// comparing with a plan's text. Tables give one line per cell paragraph, in document order.
import JSZip from "jszip";
import { descendants, parseXml, type XmlNode } from "./docx-text.js";

const textOf = (node: XmlNode): string =>
  node.children
    .map((c) => {
      if (typeof c === "string") return "";
      if (c.name === "w:t") return c.children.filter((x): x is string => typeof x === "string").join("");
      if (c.name === "w:tab" || c.name === "w:br" || c.name === "w:cr") return " ";
      if (c.name === "w:instrText" || c.name === "w:delText") return "";
      return textOf(c);
    })
    .join("");

export async function docxParagraphs(buffer: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("docxParagraphs: no word/document.xml");
  return descendants(parseXml(xml), "w:p").map(textOf);
}
