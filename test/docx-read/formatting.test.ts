// The formatting Word shows, resolved by readDocx (src/docx-read/formatting.ts): document
// defaults, a paragraph style's basedOn chain, a character style and direct formatting in that
// order; spacing, indents and borders in the units audit judges; PAGE fields in a header (a
// simple field and a complex one); lines drawn as DrawingML and VML shapes. The document is
// written by hand as Word and LibreOffice write these parts, not by cai-cach.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx-read/read-docx.js";
import type { DocxParagraph } from "../../src/docx-read/types.js";

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/><w:spacing w:before="120" w:after="0"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyBold"><w:name w:val="Body bold"/><w:basedOn w:val="Body"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>
</w:styles>`;

const p = (pPr: string, runs: string): string => `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
const r = (rPr: string, text: string): string => `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

const BODY = [
  p('<w:pStyle w:val="BodyBold"/>', r("", "kế thừa") + r('<w:b w:val="0"/><w:sz w:val="24"/>', " trực tiếp")),
  p(
    '<w:pStyle w:val="Body"/><w:jc w:val="left"/><w:ind w:left="283" w:hanging="283"/><w:spacing w:line="360"/>',
    r('<w:rStyle w:val="Strong"/>', "kiểu ký tự"),
  ),
  p('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="0"/></w:pBdr><w:ind w:left="1134" w:right="1134"/>', ""),
  p(
    "",
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="1800000" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line from="0,0" to="141.75pt,0"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
  ),
  p("", '<w:r><w:pict><v:line from="70.9pt,5pt" to="212.65pt,5pt"/></w:pict></w:r>'),
  p("", r('<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>', "phông của chủ đề")),
].join("");

const HEADER_SIMPLE = `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>`;
const HEADER_COMPLEX = `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${NS}><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> page </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`;

async function document(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file("word/styles.xml", STYLES);
  zip.file(
    "word/theme/theme1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`,
  );
  zip.file("word/header1.xml", HEADER_SIMPLE);
  zip.file("word/header2.xml", HEADER_COMPLEX);
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${BODY}<w:sectPr><w:headerReference w:type="default" r:id="rH1"/><w:headerReference w:type="first" r:id="rH2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567"/><w:titlePg/></w:sectPr></w:body></w:document>`,
  );
  return Buffer.from(await zip.generateAsync({ type: "uint8array" }));
}

describe("readDocx: formatting as Word shows it", async () => {
  const doc = readDocx(await document());
  const paras = doc.blocks as DocxParagraph[];

  it("resolves run formatting: defaults, the style chain, then direct formatting", () => {
    const [inherited, direct] = paras[0]!.runs;
    expect(inherited!.format).toMatchObject({ bold: true, sizePt: 14, font: "Times New Roman" });
    expect(direct!.format).toMatchObject({ bold: false, sizePt: 12, font: "Times New Roman" });
  });

  it("applies a character style between the paragraph style and direct formatting", () => {
    expect(paras[1]!.runs[0]!.format).toMatchObject({ bold: true, caps: true, sizePt: 14 });
  });

  it("resolves paragraph formatting in points and millimetres, direct over style over defaults", () => {
    expect(paras[0]!.format).toMatchObject({ align: "both", spaceBeforePt: 6, spaceAfterPt: 0, line: { lines: 259 / 240 } });
    expect(paras[0]!.format!.indentFirstLineMm).toBeCloseTo(10, 1);
    const f = paras[1]!.format!;
    expect(f).toMatchObject({ align: "left", line: { lines: 1.5 } });
    expect(f.indentLeftMm).toBeCloseTo(4.99, 1);
    expect(f.indentFirstLineMm).toBeCloseTo(-4.99, 1);
  });

  it("reads a paragraph's bottom border and its indents (a rule as cai-cach and LibreOffice draw it)", () => {
    expect(paras[2]!.format).toMatchObject({ borderBottom: { style: "single", sizePt: 0.75 } });
    expect(paras[2]!.format!.indentLeftMm).toBeCloseTo(20, 1);
  });

  it("reads lines drawn as shapes: DrawingML (the Choice, not its VML Fallback again) and VML", () => {
    expect(paras[3]!.shapes).toEqual([{ kind: "line", widthMm: 50 }]);
    expect(paras[4]!.shapes).toHaveLength(1);
    expect(paras[4]!.shapes![0]!.widthMm).toBeCloseTo(50, 1);
  });

  it("reads a theme font reference and the theme's fonts it stands for", () => {
    expect(paras[5]!.runs[0]!.format).toMatchObject({ themeFont: "minorHAnsi" });
    expect(paras[5]!.runs[0]!.format!.font).toBeUndefined();
    expect(doc.themeFonts).toEqual({ minor: "Calibri", major: "Calibri Light" });
  });

  it("names the fields of header paragraphs, simple and complex, in upper case", () => {
    const headers = doc.sections[0]!.headers;
    const fieldsOf = (kind: string) => (headers.get(kind)![0] as DocxParagraph).fields;
    expect(fieldsOf("default")).toEqual(["PAGE"]);
    expect(fieldsOf("first")).toEqual(["PAGE"]);
    expect(doc.sections[0]!.page.titlePage).toBe(true);
  });
});
