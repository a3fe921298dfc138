// The corpus of broken documents for `audit` (issue 15): each changes one thing in a DOCX that
// cai-cach renders (the seed plan or a document of test/fixtures/documents/), through the XML
// library (docx-edit.ts), and names the one finding it must give and where: a paragraph by its
// text (the test finds its number in the edited file itself) or the page setup, header, footer.
import { join } from "node:path";
import { loadAndCheckPlan } from "../../src/check/check-plan-file.js";
import { composePlan } from "../../src/compose/compose-plan.js";
import type { Code } from "../../src/diagnostics/codes.js";
import { writeDocx } from "../../src/write/docx/write-docx.js";
import {
  attrs,
  childOf,
  DocxEdit,
  element,
  kids,
  named,
  paragraphProperties,
  removeChildren,
  replaceText,
  runProperties,
  setProperty,
  textOf,
} from "./docx-edit.js";

const REPO = join(import.meta.dirname, "../..");
export const SEED = "plans/plan-2022.yaml";
export const fixtureDocument = (name: string): string => `test/fixtures/documents/${name}.yaml`;

const rendered = new Map<string, Promise<Buffer>>();

/** The DOCX cai-cach renders for a plan of the repository (cached per run). */
export function renderedDocx(plan: string): Promise<Buffer> {
  let done = rendered.get(plan);
  if (!done) {
    done = (async () => {
      const loaded = (await loadAndCheckPlan(join(REPO, plan), { cwd: REPO })).result;
      if (!loaded.value) throw new Error(`${plan}: ${loaded.diagnostics.map((d) => d.message).join("; ")}`);
      const composed = composePlan(loaded.value, { projectRoot: REPO });
      if (!composed.value) throw new Error(`${plan} does not compose`);
      return writeDocx(composed.value);
    })();
    rendered.set(plan, done);
  }
  return done;
}

export interface Mutation {
  name: string;
  /** What is changed, in English. */
  change: string;
  plan: string;
  edit(doc: DocxEdit): void;
  /** The one finding; absent: an edit that keeps the document right (it must audit clean). */
  expect?: {
    code: Code;
    /** The paragraph by its text; or the one right after the paragraph matching `after` (a drawn rule has none). */
    paragraph?: string | RegExp;
    after?: RegExp;
    where?: string;
  };
}

const styleRun = (doc: DocxEdit, id: string): ReturnType<typeof childOf> => childOf(doc.style(id), "w:rPr");
const TN = "Độc lập - Tự do - Hạnh phúc";
const FIRST_BODY = /^Căn cứ Kế hoạch số 16341/;

export const MUTATIONS: readonly Mutation[] = [
  {
    name: "margin-left",
    change: "left margin 25 mm",
    plan: SEED,
    edit: (d) => {
      attrs(named([d.sections()[0]!], "w:pgMar")[0]!)["w:left"] = "1417";
    },
    expect: { code: "audit/margin", where: "thiết lập trang" },
  },
  {
    name: "page-letter",
    change: "US Letter paper",
    plan: SEED,
    edit: (d) => {
      Object.assign(attrs(named([d.sections()[0]!], "w:pgSz")[0]!), { "w:w": "12240", "w:h": "15840" });
    },
    expect: { code: "audit/page-size", where: "thiết lập trang" },
  },
  {
    name: "quoc-hieu-size",
    change: "Quốc hiệu style at 14 pt",
    plan: SEED,
    edit: (d) => setProperty(styleRun(d, "QuocHieu"), "w:sz", { "w:val": "28" }),
    expect: { code: "audit/font-size", paragraph: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
  },
  {
    name: "tieu-ngu-not-bold",
    change: "Tiêu ngữ run made not bold",
    plan: SEED,
    edit: (d) => {
      for (const r of runProperties(d.paragraph(TN))) setProperty(r, "w:b", { "w:val": "0" });
    },
    expect: { code: "audit/bold", paragraph: TN },
  },
  {
    name: "date-upright",
    change: "place-date line made upright",
    plan: SEED,
    edit: (d) => {
      for (const r of runProperties(d.paragraph(/^Đồng Nai, ngày/))) setProperty(r, "w:i", { "w:val": "0" });
    },
    expect: { code: "audit/italic", paragraph: /^Đồng Nai, ngày/ },
  },
  {
    name: "ten-loai-lowercase",
    change: "tên loại typed 'Kế hoạch'",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph("KẾ HOẠCH"), "KẾ HOẠCH", "Kế hoạch"),
    expect: { code: "audit/uppercase", paragraph: "Kế hoạch" },
  },
  {
    name: "font-arial",
    change: "one body paragraph in Arial",
    plan: SEED,
    edit: (d) => {
      for (const r of runProperties(d.paragraph(FIRST_BODY))) setProperty(r, "w:rFonts", { "w:ascii": "Arial", "w:hAnsi": "Arial" });
    },
    expect: { code: "audit/font", paragraph: FIRST_BODY },
  },
  {
    name: "font-theme",
    change: "one body paragraph in the theme's body font (Word's +Body, Calibri in this theme)",
    plan: SEED,
    edit: (d) => {
      for (const r of runProperties(d.paragraph(FIRST_BODY)))
        setProperty(r, "w:rFonts", { "w:asciiTheme": "minorHAnsi", "w:hAnsiTheme": "minorHAnsi" });
    },
    expect: { code: "audit/font", paragraph: FIRST_BODY },
  },
  {
    name: "body-left",
    change: "one body paragraph aligned left",
    plan: SEED,
    edit: (d) => setProperty(paragraphProperties(d.paragraph(FIRST_BODY)), "w:jc", { "w:val": "left" }),
    expect: { code: "audit/alignment", paragraph: FIRST_BODY },
  },
  {
    name: "body-no-indent",
    change: "one body paragraph without first-line indent",
    plan: SEED,
    edit: (d) => setProperty(paragraphProperties(d.paragraph(FIRST_BODY)), "w:ind", { "w:firstLine": "0" }),
    expect: { code: "audit/indent", paragraph: FIRST_BODY },
  },
  {
    name: "body-no-spacing",
    change: "a body paragraph with no space before",
    plan: SEED,
    edit: (d) =>
      setProperty(paragraphProperties(d.paragraph(/^Thực hiện Kế hoạch số 175/)), "w:spacing", { "w:before": "0", "w:after": "0" }),
    expect: { code: "audit/spacing", paragraph: /^Thực hiện Kế hoạch số 175/ },
  },
  {
    name: "body-double-spaced",
    change: "a body paragraph double-spaced",
    plan: SEED,
    edit: (d) =>
      setProperty(paragraphProperties(d.paragraph(FIRST_BODY)), "w:spacing", { "w:before": "120", "w:line": "480", "w:lineRule": "auto" }),
    expect: { code: "audit/line-spacing", paragraph: FIRST_BODY },
  },
  {
    name: "body-size-12",
    change: "a body paragraph at 12 pt",
    plan: SEED,
    edit: (d) => {
      for (const r of runProperties(d.paragraph(FIRST_BODY))) setProperty(r, "w:sz", { "w:val": "24" });
    },
    expect: { code: "audit/font-size", paragraph: FIRST_BODY },
  },
  {
    name: "muc-skips",
    change: "the last mục numbered V. instead of IV.",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph("IV. TỔ CHỨC THỰC HIỆN"), "IV.", "V."),
    expect: { code: "audit/heading-sequence", paragraph: "V. TỔ CHỨC THỰC HIỆN" },
  },
  {
    name: "signer-prefix",
    change: "'KT. GIÁM ĐỐC' typed 'K/T GIÁM ĐỐC'",
    plan: fixtureDocument("bao-cao-nam-truoc"),
    edit: (d) => replaceText(d.paragraph("KT. GIÁM ĐỐC"), "KT.", "K/T"),
    expect: { code: "audit/signer-prefix", paragraph: "K/T GIÁM ĐỐC" },
  },
  {
    name: "signer-honorific",
    change: "the signer's name with 'TS.'",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph("Lê Kim Bằng"), "Lê Kim Bằng", "TS. Lê Kim Bằng"),
    expect: { code: "rule/signer-name", paragraph: "TS. Lê Kim Bằng" },
  },
  {
    name: "noi-nhan-upright",
    change: "'Nơi nhận:' not italic",
    plan: SEED,
    edit: (d) => {
      for (const r of runProperties(d.paragraph("Nơi nhận:"))) setProperty(r, "w:i", { "w:val": "0" });
    },
    expect: { code: "audit/italic", paragraph: "Nơi nhận:" },
  },
  {
    name: "recipient-no-semicolon",
    change: "a recipient line without ';'",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph("- GĐ, PGĐ Sở;"), "Sở;", "Sở"),
    expect: { code: "audit/recipient-line", paragraph: "- GĐ, PGĐ Sở" },
  },
  {
    name: "luu-without-vt",
    change: "the Lưu line without VT",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph("- Lưu: VT, TCHC."), "VT, ", ""),
    expect: { code: "audit/filing", paragraph: "- Lưu: TCHC." },
  },
  {
    name: "page-number-on-page-1",
    change: "'different first page' switched off",
    plan: SEED,
    edit: (d) => removeChildren(d.sections()[0]!, "w:titlePg"),
    expect: { code: "audit/page-number-first", where: "đầu trang" },
  },
  {
    name: "page-number-left",
    change: "the page number aligned left",
    plan: SEED,
    edit: (d) => {
      const header = named(d.part("word/header1.xml"), "w:p")[0]!;
      setProperty(paragraphProperties(header), "w:jc", { "w:val": "left" });
    },
    expect: { code: "audit/page-number", where: "đầu trang" },
  },
  {
    name: "date-unpadded",
    change: "'tháng 01' typed 'tháng 1'",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph(/^Đồng Nai, ngày/), "tháng 01", "tháng 1"),
    expect: { code: "audit/date-padding", paragraph: /^Đồng Nai, ngày 27 tháng 1 năm/ },
  },
  {
    name: "number-unpadded",
    change: "'Số: 175' typed 'Số: 5'",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph(/^Số: 175/), "175", "5"),
    expect: { code: "audit/number-padding", paragraph: /^Số: 5\// },
  },
  {
    name: "code-type",
    change: "a Kế hoạch numbered …/BC-…",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph(/^Số: 175/), "/KH", "/BC"),
    expect: { code: "audit/code-type", paragraph: /^Số: 175\/BC/ },
  },
  {
    name: "agency-rule-missing",
    change: "the rule under the agency removed (its border)",
    plan: SEED,
    edit: (d) => {
      const rule = d.paragraphs()[4]!;
      removeChildren(paragraphProperties(rule), "w:pBdr");
    },
    expect: { code: "audit/rule-missing", paragraph: "VÀ DU LỊCH" },
  },
  {
    name: "trich-yeu-rule-long",
    change: "the rule under the trích yếu as wide as the text block",
    plan: SEED,
    edit: (d) => {
      const afterTitle = d.paragraphs().findIndex((p) => /^Thông tin, tuyên truyền cải cách/.test(textOf(p)));
      setProperty(paragraphProperties(d.paragraphs()[afterTitle + 1]!), "w:ind", { "w:left": "0", "w:right": "0", "w:firstLine": "0" });
    },
    expect: { code: "audit/rule-length", after: /^Thông tin, tuyên truyền cải cách/ },
  },
  {
    name: "tieu-ngu-en-dash",
    change: "Tiêu ngữ typed with en dashes",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph(TN), TN, "Độc lập – Tự do – Hạnh phúc"),
    expect: { code: "audit/fixed-text", paragraph: "Độc lập – Tự do – Hạnh phúc" },
  },
  {
    name: "quoc-hieu-missing",
    change: "the Quốc hiệu deleted",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""),
    expect: { code: "audit/missing-part", where: "đầu văn bản" },
  },
  {
    name: "cong-van-without-vv",
    change: "a công văn's V/v line deleted",
    plan: fixtureDocument("cong-van"),
    edit: (d) => {
      const vv = d.paragraph(/^V\/v /);
      vv["w:p"] = kids(vv).filter((k) => "w:pPr" in k);
    },
    expect: { code: "audit/ve-viec", paragraph: /^Số: / },
  },
  {
    name: "kinh-gui-without-nhu-tren",
    change: "'- Như trên;' replaced in a report with Kính gửi",
    plan: fixtureDocument("bao-cao-nam-truoc"),
    edit: (d) => replaceText(d.paragraph("- Như trên;"), "Như trên", "Sở Tài chính"),
    expect: { code: "audit/kinh-gui", paragraph: "- Sở Tài chính;" },
  },
  {
    name: "cited-date-invalid",
    change: "a cited document dated 30/02",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph(FIRST_BODY), "28/12/2021", "30/02/2021"),
    expect: { code: "rule/cited-date-invalid", paragraph: FIRST_BODY },
  },
  {
    name: "icelandic-eth",
    change: "an Icelandic Ð in the text",
    plan: SEED,
    edit: (d) => replaceText(d.paragraph(FIRST_BODY), "Đồng Nai", "Ðồng Nai"),
    expect: { code: "rule/lookalike-eth", paragraph: FIRST_BODY },
  },
  {
    name: "header-rule-as-shape",
    change: "the Tiêu ngữ's rule drawn as a VML line of the right length instead of a border (still clean)",
    plan: SEED,
    edit: (d) => {
      const rule = d.paragraphs()[7]!;
      removeChildren(paragraphProperties(rule), "w:pBdr");
      kids(rule).push(element("w:r", {}, [element("w:pict", {}, [element("v:line", { from: "0,0", to: "159pt,0" })])]));
    },
  },
  {
    name: "trich-yeu-rule-as-drawing",
    change: "the trích yếu's rule drawn as a Word 2010 line shape (DrawingML, 46 mm) instead of a border (still clean)",
    plan: SEED,
    edit: (d) => {
      const at = d.paragraphs().findIndex((p) => /^Thông tin, tuyên truyền cải cách/.test(textOf(p)));
      const rule = d.paragraphs()[at + 1]!;
      removeChildren(paragraphProperties(rule), "w:pBdr");
      // As Word writes an inline line shape: extent, drawing id, and the shape's geometry and stroke.
      const shape = element("wps:wsp", {}, [
        element("wps:cNvCnPr"),
        element("wps:spPr", {}, [
          element("a:xfrm", {}, [element("a:off", { x: "0", y: "0" }), element("a:ext", { cx: String(46 * 36000), cy: "0" })]),
          element("a:prstGeom", { prst: "line" }, [element("a:avLst")]),
          element("a:ln", { w: "9525" }, [element("a:solidFill", {}, [element("a:srgbClr", { val: "000000" })])]),
        ]),
        element("wps:bodyPr"),
      ]);
      const line = element("wp:inline", {}, [
        element("wp:extent", { cx: String(46 * 36000), cy: "0" }),
        element("wp:docPr", { id: "1", name: "Đường kẻ" }),
        element("a:graphic", { "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main" }, [
          element("a:graphicData", { uri: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" }, [shape]),
        ]),
      ]);
      kids(rule).push(element("w:r", {}, [element("w:drawing", {}, [line])]));
    },
  },
];

/** The broken document of a mutation. */
export async function mutatedDocx(name: string): Promise<Buffer> {
  const m = MUTATIONS.find((x) => x.name === name);
  if (!m) throw new Error(`no mutation ${name}`);
  const doc = new DocxEdit(await renderedDocx(m.plan));
  m.edit(doc);
  return doc.save();
}
