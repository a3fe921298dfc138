// The docx-text helper on hand-written WordprocessingML, for what our writer never produces
// but a golden test must still read right (fields with cached results, entities, breaks).

import JSZip from "jszip";
import { expect, it } from "vitest";
import { docxText, parseXml } from "../../helpers/docx-text.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const docx = async (body: string): Promise<Buffer> => {
  const zip = new JSZip();
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
};

const sectPr =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1984" w:header="567"/></w:sectPr>';

it("decodes entities and character references", () => {
  const root = parseXml('<a x="&quot;1&quot;">A &amp; B &#7889; &#x1EA1;</a>');
  const a = root.children[0] as { attrs: Record<string, string>; children: string[] };
  expect(a.attrs.x).toBe('"1"');
  expect(a.children[0]).toBe("A & B ố ạ");
});

it("shows fields by instruction, dropping their cached result, and marks tabs, breaks and direct formatting", async () => {
  const p =
    '<w:p><w:pPr><w:pStyle w:val="NoiDung"/></w:pPr>' +
    '<w:r><w:t>Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \\* Arabic </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
    "<w:r><w:tab/><w:t>a</w:t><w:br/></w:r><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>đậm nghiêng</w:t></w:r>" +
    '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t> thường</w:t></w:r></w:p>';
  const text = await docxText(await docx(`<w:p/>${p}<w:p/>${sectPr}`));
  expect(text).toBe(
    [
      "section 1: page 210 x 297 mm, margins top 25 right 20 bottom 20 left 35 mm, header 10 mm",
      "section 1: page numbers continue, first page same",
      "== section 1 ==",
      // An empty paragraph shows as [Normal], except the last one, which only closes the section.
      "[Normal]",
      "[NoiDung] Trang {PAGE}⇥a↵**_đậm nghiêng_** thường",
      "",
    ].join("\n"),
  );
});
