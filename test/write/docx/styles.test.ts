// The styles part: one named Word style per spec style, with the spec's numbers, and Times New
// Roman for every script range. Expected values are computed here from the spec's own units
// (pt × 2 = half-points, pt × 20 = twips), not through the writer's conversions.

import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { writeDocx } from "../../../src/write/docx/write-docx.js";
import { font, styles, type ParagraphStyle, type StyleName } from "../../../src/layout/nd30.js";
import { child, descendants, readPart, type XmlNode } from "../../helpers/docx-text.js";
import { sampleTree } from "./sample-tree.js";

let all: XmlNode;
const styleNode = (id: string): XmlNode | undefined => descendants(all, "w:style").find((s) => s.attrs["w:styleId"] === id);
const val = (node: XmlNode | undefined, name: string, attr = "w:val"): string | undefined => child(node, name)?.attrs[attr];
const isOn = (node: XmlNode | undefined): boolean => node !== undefined && !["0", "false", "off"].includes(node.attrs["w:val"] ?? "1");

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await writeDocx(sampleTree()));
  all = (await readPart(zip, "word/styles.xml"))!;
});

describe("document defaults", () => {
  it("name Times New Roman for ascii, hAnsi, cs and eastAsia, and Vietnamese as the language", () => {
    const rPr = child(child(descendants(all, "w:docDefaults")[0], "w:rPrDefault"), "w:rPr");
    const fonts = child(rPr, "w:rFonts")!.attrs;
    for (const range of ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"]) expect(fonts[range]).toBe(font.docxName);
    expect(val(rPr, "w:lang")).toBe("vi-VN");
    expect(val(rPr, "w:sz")).toBe(String(styles.NoiDung.sizePt * 2));
  });

  it("turn widow/orphan control on, as the PDF writer breaks pages", () => {
    const pPr = child(child(descendants(all, "w:docDefaults")[0], "w:pPrDefault"), "w:pPr");
    expect(isOn(child(pPr, "w:widowControl"))).toBe(true);
  });
});

describe.each(Object.keys(styles) as StyleName[])("style %s", (id) => {
  const spec: ParagraphStyle = styles[id];
  it("exists as a paragraph style with the spec's display name", () => {
    const node = styleNode(id);
    expect(node?.attrs["w:type"]).toBe("paragraph");
    expect(val(node, "w:name")).toBe(spec.displayName);
    expect(child(node, "w:qFormat")).toBeDefined();
  });

  it("has the spec's size, weight, slant and fonts", () => {
    const rPr = child(styleNode(id), "w:rPr");
    expect(val(rPr, "w:sz")).toBe(String(spec.sizePt * 2));
    expect(val(rPr, "w:szCs")).toBe(String(spec.sizePt * 2));
    expect(isOn(child(rPr, "w:b"))).toBe(spec.bold === true);
    expect(isOn(child(rPr, "w:i"))).toBe(spec.italic === true);
    const fonts = child(rPr, "w:rFonts")!.attrs;
    for (const range of ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"]) expect(fonts[range]).toBe("Times New Roman");
    expect(val(rPr, "w:lang")).toBe("vi-VN");
  });

  it("has the spec's alignment, indent, spacing and keep-with-next", () => {
    const pPr = child(styleNode(id), "w:pPr");
    const jc = { left: "left", center: "center", right: "right", justify: "both" }[spec.align];
    expect(val(pPr, "w:jc")).toBe(jc);
    const firstLine = spec.firstLineIndentMm === undefined ? undefined : String(Math.round((spec.firstLineIndentMm / 25.4) * 1440));
    expect(val(pPr, "w:ind", "w:firstLine")).toBe(firstLine);
    expect(val(pPr, "w:spacing", "w:before")).toBe(String(spec.spaceBeforePt * 20));
    expect(val(pPr, "w:spacing", "w:after")).toBe(String(spec.spaceAfterPt * 20));
    expect(val(pPr, "w:spacing", "w:line")).toBe(String(spec.lineSpacing * 240));
    expect(val(pPr, "w:spacing", "w:lineRule")).toBe("auto");
    expect(isOn(child(pPr, "w:keepNext"))).toBe(spec.keepWithNext === true);
  });
});

it("body text keeps at least 6 pt between paragraphs and a 1 cm first-line indent (ô 6)", () => {
  const pPr = child(styleNode("NoiDung"), "w:pPr");
  expect(Number(val(pPr, "w:spacing", "w:before"))).toBeGreaterThanOrEqual(120);
  expect(val(pPr, "w:ind", "w:firstLine")).toBe("567");
});
