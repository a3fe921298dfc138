// readDocx(bytes): a DOCX opened with a real ZIP library (fflate) and XML parser (fast-xml-parser)
// into cai-cach's reading model (types.ts). Used by `cai-cach import`; built to be shared by any
// command that reads a document written by Word, LibreOffice or cai-cach itself.
import { posix } from "node:path";
import { resolvedStyleFormats, themeFontsOf } from "./formatting.js";
import { numberingCounter } from "./numbering.js";
import { blocksOf, type BlockContext } from "./paragraphs.js";
import { pageSetupOf, partReferences } from "./sections.js";
import { readStyles } from "./styles.js";
import type { DocxBlock, DocxDocument, DocxSection } from "./types.js";
import { DocxArchiveError, openParts } from "./zip.js";
import { child, childrenNamed, isElement, parseXml, type XmlElement } from "./xml.js";

export { DocxArchiveError } from "./zip.js";

const WANTED = /^(\[Content_Types\]\.xml|word\/[^/]+\.xml|word\/_rels\/document\.xml\.rels|word\/theme\/theme1\.xml)$/;

function parsePart(parts: Map<string, string>, name: string): XmlElement | undefined {
  const text = parts.get(name);
  if (text === undefined) return undefined;
  try {
    return parseXml(text);
  } catch {
    throw new DocxArchiveError("bad-xml", name);
  }
}

/** The main document part's name, from [Content_Types].xml (Word and LibreOffice: word/document.xml). */
function mainPart(parts: Map<string, string>): string {
  const types = parsePart(parts, "[Content_Types].xml");
  const main = types
    ? childrenNamed(types, "Override").find((o) => (o.attrs.get("ContentType") ?? "").includes("document.main+xml"))
    : undefined;
  return (main?.attrs.get("PartName") ?? "/word/document.xml").replace(/^\//, "");
}

function relationships(parts: Map<string, string>, main: string): Map<string, string> {
  const rels = parsePart(parts, `${posix.dirname(main)}/_rels/${posix.basename(main)}.rels`);
  const out = new Map<string, string>();
  for (const r of rels ? childrenNamed(rels, "Relationship") : []) {
    const id = r.attrs.get("Id");
    const target = r.attrs.get("Target");
    if (id && target) out.set(id, posix.normalize(posix.join(posix.dirname(main), target)));
  }
  return out;
}

/** Footnote id → its text (paragraphs joined by line breaks); separators left out. */
function footnotesOf(root: XmlElement | undefined, ctx: BlockContext): Map<string, string> {
  const notes = new Map<string, string>();
  for (const fn of root ? childrenNamed(root, "w:footnote") : []) {
    const type = fn.attrs.get("w:type");
    if (type === "separator" || type === "continuationSeparator" || type === "continuationNotice") continue;
    const text = blocksOf(fn, ctx)
      .flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))
      .join("\n")
      .trim();
    notes.set(fn.attrs.get("w:id") ?? "", text);
  }
  return notes;
}

export function readDocx(bytes: Uint8Array): DocxDocument {
  const parts = openParts(bytes, (name) => WANTED.test(name));
  const main = mainPart(parts);
  const document = parsePart(parts, main);
  const body = child(document, "w:body");
  if (!body) throw new DocxArchiveError("missing-part", main);
  const stylesRoot = parsePart(parts, "word/styles.xml");
  const styles = readStyles(stylesRoot);
  const formats = resolvedStyleFormats(stylesRoot);
  const numbering = numberingCounter(parsePart(parts, "word/numbering.xml"));
  const partCtx: BlockContext = { styles, numbering: numberingCounter(undefined), footnotes: new Map(), formats };
  const footnotes = footnotesOf(parsePart(parts, "word/footnotes.xml"), partCtx);
  const rels = relationships(parts, main);
  const ctx: BlockContext = { styles, numbering, footnotes, counter: { next: 0 }, formats };
  const partBlocks = (refs: Map<string, string>): Map<string, DocxBlock[]> => {
    const out = new Map<string, DocxBlock[]>();
    for (const [kind, id] of refs) {
      const target = rels.get(id);
      const root = target ? parsePart(parts, target) : undefined;
      if (root) out.set(kind, blocksOf(root, { ...partCtx, footnotes }));
    }
    return out;
  };
  const sections: DocxSection[] = [];
  const addSection = (sectPr: XmlElement | undefined, blocks: DocxBlock[]): void => {
    sections.push({
      blocks,
      page: pageSetupOf(sectPr),
      headers: partBlocks(partReferences(sectPr, "w:headerReference")),
      footers: partBlocks(partReferences(sectPr, "w:footerReference")),
    });
  };
  const rest = blocksOf(body, ctx, addSection);
  const finalSectPr = body.children.find((c): c is XmlElement => isElement(c) && c.name === "w:sectPr");
  addSection(finalSectPr, rest);
  return {
    sections,
    styles,
    blocks: sections.flatMap((s) => s.blocks),
    themeFonts: themeFontsOf(parsePart(parts, "word/theme/theme1.xml")),
  };
}
