// The bare text of a DOCX, one paragraph per line (runs joined, tabs and breaks as spaces), for
// comparing with a plan's text. Table cells give their paragraphs in document order. Standalone
// (jszip only), so it does not depend on the golden-text helper's internals.
import JSZip from "jszip";

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (e[0] !== "#") return named[e.toLowerCase()] ?? "";
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

/** Text of one <w:p>…</w:p>: <w:t> contents, <w:tab/> and <w:br/> as spaces, a non-breaking
 * hyphen (in document numbers) as "-", as a reader sees it; field codes skipped. */
function paragraphText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:(?:tab|br|cr|noBreakHyphen)(?:\s[^>]*)?\/>/gu)) {
    if (m[0].startsWith("<w:noBreakHyphen")) out += "-";
    else out += m[0].startsWith("<w:t") && !m[0].startsWith("<w:tab") ? decode(m[1] ?? "") : " ";
  }
  return out;
}

export async function docxParagraphs(buffer: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("docxParagraphs: no word/document.xml");
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/gu)].map((m) => paragraphText(m[1] ?? ""));
}
