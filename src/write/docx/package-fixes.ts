// What makes two writes of one tree byte-identical. docx stamps `new Date()` into the core
// properties and fflate stamps `Date.now()` into every zip entry; both are replaced here by the
// document's own date (docs/architecture.md §3: time only from the document's date).

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

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;

/** MS-DOS date and time (the zip format's), from the date's UTC fields; it only spans 1980–2107. */
const dosDateTime = (instant: Date): number => {
  const date = new Date(Math.min(Math.max(instant.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31)));
  return (
    (((date.getUTCFullYear() - 1980) << 25) |
      ((date.getUTCMonth() + 1) << 21) |
      (date.getUTCDate() << 16) |
      (date.getUTCHours() << 11) |
      (date.getUTCMinutes() << 5) |
      (date.getUTCSeconds() >> 1)) >>>
    0
  );
};

/**
 * Sets the modification time of every entry, in both the local headers and the central directory,
 * walking the zip's own directory (no comment is ever written, so the end record is the last 22 bytes).
 */
export const setZipDates = (zip: Buffer, date: Date): Buffer => {
  const out = Buffer.from(zip);
  const end = out.length - 22;
  if (out.readUInt32LE(end) !== END_OF_CENTRAL) throw new Error("setZipDates: unexpected zip layout");
  const stamp = dosDateTime(date);
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error("setZipDates: bad central directory");
    out.writeUInt32LE(stamp, at + 12);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL_HEADER) throw new Error("setZipDates: bad local header");
    out.writeUInt32LE(stamp, local + 10);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
};
