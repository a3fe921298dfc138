// Property: a generated valid plan (test/property/plan-arbitrary.ts), rendered by cai-cach and
// imported back from the DOCX and from the Markdown, renders to the same document again, and
// import reports nothing about cai-cach's own output.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { loadAndCheckPlan } from "../../src/check/check-plan-file.js";
import { reimport, render } from "../import/round-trip.js";
import { planArbitrary } from "./plan-arbitrary.js";

describe("import(render(plan)) for generated plans", () => {
  it("renders as the plan, from the DOCX and from the Markdown", async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async ({ plan: raw }) => {
        const dir = mkdtempSync(join(tmpdir(), "cai-cach-prop-import-"));
        try {
          writeFileSync(join(dir, "ke-hoach.yaml"), stringify(raw, { lineWidth: 0 }));
          const plan = (await loadAndCheckPlan(join(dir, "ke-hoach.yaml"), { cwd: dir })).result.value!;
          const first = await render(plan);
          for (const back of [await reimport("docx", { bytes: first.docx }), await reimport("md", { text: first.md })]) {
            expect(back.importDiagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
            expect(back.plan, back.checkDiagnostics.map((d) => d.message).join("\n")).toBeDefined();
            const second = await render(back.plan!);
            expect(second.md).toBe(first.md);
            // Generated tables have equal columns, which Markdown keeps too.
            expect(second.docxText).toBe(first.docxText);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 25), endOnFailure: true },
    );
  }, 600_000);
});
