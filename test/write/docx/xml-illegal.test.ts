// A character XML 1.0 cannot hold (U+FFFE, a control character) never reaches a DOCX (issue 12):
// `check` refuses it where it is typed (text/xml-illegal); text that reaches the writer anyway (a
// log summary printed in a report) is written as U+FFFD, so the file always opens.
import JSZip from "jszip";
import { expect, it } from "vitest";
import type { DocumentTree } from "../../../src/compose/tree.js";
import { writeDocx } from "../../../src/write/docx/write-docx.js";
import { docxText } from "../../helpers/docx-text.js";
import { sampleTree } from "./sample-tree.js";

it("writes U+FFFE, U+FFFF and control characters as U+FFFD", async () => {
  const tree: DocumentTree = sampleTree();
  const part = tree.parts[0]!;
  part.blocks = [
    ...part.blocks,
    { type: "paragraph", style: "NoiDung", runs: [{ text: "Đăng tin \uFFFE chép\u0001 từ web\uFFFF\u001b[2K." }] },
  ];
  const buffer = await writeDocx(tree);
  const xml = await (await JSZip.loadAsync(buffer)).file("word/document.xml")!.async("string");
  expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u.test(xml)).toBe(false);
  expect(await docxText(buffer)).toContain("Đăng tin \uFFFD chép\uFFFD từ web\uFFFD\uFFFD[2K.");
});
