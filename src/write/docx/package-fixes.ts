// What makes two writes of one tree byte-identical. docx stamps `new Date()` into the core
// properties: they are written here whole with the document's own date, which also dates every
// zip entry (./zip.ts) (docs/architecture.md §3: time only from the document's date).

import type { DocumentTree } from "../../compose/tree.js";

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The document's date as a UTC instant; a bad date is a composer bug, not a user error. */
export const documentInstant = (tree: DocumentTree): Date => {
  const instant = new Date(/^\d{4}-\d{2}-\d{2}$/.test(tree.meta.date) ? `${tree.meta.date}T00:00:00Z` : tree.meta.date);
  if (Number.isNaN(instant.getTime())) throw new Error(`writeDocx: meta.date is not a date: ${tree.meta.date}`);
  return instant;
};

/** docProps/core.xml with title, subject, creator and the document's date as created/modified. */
export const corePropertiesXml = (tree: DocumentTree): string => {
  const when = documentInstant(tree)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
  const element = (name: string, value: string | undefined): string =>
    value === undefined ? "" : `<${name}>${escapeXml(value)}</${name}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    element("dc:title", tree.meta.title) +
    element("dc:subject", tree.meta.subject) +
    element("dc:creator", tree.meta.author) +
    element("cp:lastModifiedBy", tree.meta.author) +
    `<dc:language>vi-VN</dc:language>` +
    `<cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
};
