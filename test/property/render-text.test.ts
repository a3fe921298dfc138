// Property: a generated valid plan (Vietnamese text with every tone mark, sections 1–3 deep,
// random recipients and signer) passes `check`, renders to DOCX and PDF, and the text read back
// from each file holds every text of the plan (whitespace and line breaks normalised; there is no
// hyphenation, so a line break is always a space). Small runs: each one is a real render.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { printedDiagnostics, runCli } from "../helpers/cli-run.js";
import { docxParagraphs } from "../helpers/docx-plain-text.js";
import { pdfPages } from "../helpers/pdf-text.js";
import { planArbitrary } from "./plan-arbitrary.js";

const normalise = (s: string): string => s.normalize("NFC").replace(/\s+/gu, " ").trim();

/** PDF text as one stream: the page number printed alone at the top of pages 2… is dropped. */
function pdfStream(pages: string[]): string {
  return pages.map((page, i) => (i === 0 ? page : page.replace(/^\s*\d+\s*\n/u, ""))).join("\n");
}

describe("generated valid plans", () => {
  it("pass check, render, and their text reads back from the DOCX and the PDF", async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async ({ plan, texts }) => {
        const root = mkdtempSync(join(tmpdir(), "cai-cach-prop-"));
        try {
          mkdirSync(join(root, ".git"));
          mkdirSync(join(root, "plans"));
          writeFileSync(join(root, "plans", "ke-hoach.yaml"), stringify(plan, { lineWidth: 0 }));

          const checked = await runCli(["check", "plans/ke-hoach.yaml"], root);
          expect(printedDiagnostics(checked), checked.stdout + checked.stderr).toEqual([]);
          expect(checked.code).toBe(0);

          const rendered = await runCli(["render", "plans/ke-hoach.yaml", "--out", "out"], root);
          expect(rendered.code, rendered.stderr).toBe(0);

          const docx = normalise((await docxParagraphs(readFileSync(join(root, "out", "ke-hoach.docx")))).join("\n"));
          const pdf = normalise(pdfStream(await pdfPages(readFileSync(join(root, "out", "ke-hoach.pdf")))));
          for (const text of texts) {
            expect(docx, `DOCX lacks: ${text}`).toContain(normalise(text));
            expect(pdf, `PDF lacks: ${text}`).toContain(normalise(text));
          }
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 15), endOnFailure: true },
    );
  }, 600_000);
});
