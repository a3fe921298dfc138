// Property: any valid plan renders to the same bytes twice (in one process, one after the other),
// so determinism does not hang on the seed plan's particular content.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";
import { planArbitrary } from "../property/plan-arbitrary.js";

describe("generated plans render deterministically", () => {
  it("two renders of one plan give identical DOCX and PDF bytes", async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async ({ plan }) => {
        const root = mkdtempSync(join(tmpdir(), "cai-cach-det-prop-"));
        try {
          mkdirSync(join(root, ".git"));
          mkdirSync(join(root, "plans"));
          writeFileSync(join(root, "plans", "ke-hoach.yaml"), stringify(plan, { lineWidth: 0 }));
          for (const out of ["a", "b"]) expect((await runCli(["render", "plans/ke-hoach.yaml", "--out", out], root)).code).toBe(0);
          for (const name of ["ke-hoach.docx", "ke-hoach.pdf"]) {
            expect(readFileSync(join(root, "a", name)).equals(readFileSync(join(root, "b", name))), name).toBe(true);
          }
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 6), endOnFailure: true },
    );
  }, 600_000);
});
