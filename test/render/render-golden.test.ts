// Golden text of the 2022 plan as the PDF writer sets it (per page), reviewed line by line
// against the seed (test/fixtures/seed/ke-hoach-175-KH-SVHTTDL-2022.txt), and determinism of render.
import { beforeAll, describe, expect, it } from "vitest";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { composePlan } from "../../src/compose/compose-plan.js";
import type { DocumentTree } from "../../src/compose/tree.js";
import { writers } from "../../src/write/writers.js";
import { pdfPageCount, pdfPages } from "../helpers/pdf-text.js";
import { docxText } from "../helpers/docx-text.js";
import { expectGolden } from "../helpers/golden.js";
import { docxToPdf, hasSoffice } from "../write/docx/soffice.js";

const golden = (name: string) => new URL(`./golden/${name}`, import.meta.url);

const matchGolden = (name: string, text: string): void => expectGolden(golden(name), text);

let tree: DocumentTree;
// Written once, read by the golden and LibreOffice tests.
let pdf: Buffer;
let docx: Buffer;
beforeAll(async () => {
  tree = composePlan((await loadPlan("plans/plan-2022.yaml")).value!).value!;
  pdf = await (await writers.pdf())(tree);
  docx = await (await writers.docx())(tree);
});

describe("render of plans/plan-2022.yaml", () => {
  it("PDF: the reviewed text of each page", async () => {
    const pages = await pdfPages(pdf);
    matchGolden("plan-2022.pdf.txt", pages.map((p, i) => `=== trang ${i + 1} ===\n${p}\n`).join(""));
  });

  it("DOCX: the reviewed normalised text (styles, tables, page setup)", async () => {
    matchGolden("plan-2022.docx.txt", `${await docxText(docx)}\n`);
  });

  // LibreOffice lays the DOCX out on its own; it must find as many pages as our PDF.
  it.skipIf(!hasSoffice)("DOCX converted by LibreOffice has as many pages as our PDF", async () => {
    expect(await pdfPageCount(await docxToPdf(docx))).toBe(await pdfPageCount(pdf));
  });

  it("is byte-identical run to run and in any time zone", async () => {
    const saved = process.env.TZ;
    try {
      for (const format of ["pdf", "docx", "md"] as const) {
        const write = await writers[format]();
        process.env.TZ = "Asia/Ho_Chi_Minh";
        const a = await write(tree);
        const b = await write(tree);
        process.env.TZ = "UTC";
        const c = await write(tree);
        expect(a.equals(b), `${format}: two renders`).toBe(true);
        expect(a.equals(c), `${format}: Asia/Ho_Chi_Minh vs UTC`).toBe(true);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
