// import(render(plan)) renders to the same document as the plan, from the DOCX and from the
// Markdown, for plans/plan-2022.yaml and every document of the corpus (test/fixtures/documents/),
// and the imported plan checks with no problem the original does not have.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAndCheckPlan } from "../../src/check/check-plan-file.js";
import { CORPUS, corpusNames } from "../documents/corpus.js";
import { codesOf, reimport, render } from "./round-trip.js";

const withoutDataTableWidths = (text: string): string =>
  text.replace(/^(\| table: borders single .*), columns .* mm$/gm, "$1, columns (not in Markdown)");

const PLAN_2022 = join(import.meta.dirname, "../../plans/plan-2022.yaml");
const cases = [{ name: "plan-2022", file: PLAN_2022 }, ...corpusNames().map((name) => ({ name, file: join(CORPUS, `${name}.yaml`) }))];

describe("import(render(plan)) renders as the plan", () => {
  it("covers the whole corpus", () => {
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });
  for (const { name, file } of cases) {
    describe(name, () => {
      for (const format of ["docx", "md"] as const) {
        it(`from the ${format === "docx" ? "DOCX" : "Markdown"}`, async () => {
          const original = await loadAndCheckPlan(file, { cwd: CORPUS });
          const plan = original.result.value;
          expect(plan, `${name} loads`).toBeDefined();
          const first = await render(plan!);
          const back = await reimport(format, format === "docx" ? { bytes: first.docx } : { text: first.md });
          expect(
            back.importDiagnostics.map((d) => `${d.code} ${d.message}`),
            "import reports nothing on cai-cach's own output",
          ).toEqual([]);
          expect(back.plan, back.checkDiagnostics.map((d) => `${d.code} ${d.message}`).join("\n")).toBeDefined();
          // No problem check finds in the imported plan that it does not find in the original.
          const extra = codesOf(back.checkDiagnostics).filter((c) => !codesOf(original.result.diagnostics).includes(c));
          expect(extra, back.checkDiagnostics.map((d) => `${d.code} ${d.message}`).join("\n")).toEqual([]);
          const second = await render(back.plan!);
          // Markdown has no column widths: a data table's come back equal.
          const shown = (text: string): string => (format === "md" ? withoutDataTableWidths(text) : text);
          expect(shown(second.docxText)).toBe(shown(first.docxText));
          expect(second.md).toBe(first.md);
        }, 60_000);
      }
    });
  }
});
