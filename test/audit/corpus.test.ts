// `audit` on cai-cach's own documents and on the corpus of broken ones (issue 15): every DOCX that
// `render` writes (the seed plan, the 12 documents of test/fixtures/documents/) and that `report`
// writes audits clean; each broken document (mutations.ts: one thing changed in one of ours)
// gives exactly its one finding, at its paragraph — numbered here from the edited file itself,
// not by the auditor — or at the page setup, header or footer.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditDocx } from "../../src/audit/audit-docx.js";
import { DocxEdit, textOf } from "./docx-edit.js";
import { fixtureDocument, MUTATIONS, mutatedDocx, renderedDocx, SEED } from "./mutations.js";

const DOCUMENTS = readdirSync(join(import.meta.dirname, "../fixtures/documents"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => fixtureDocument(f.replace(/\.yaml$/, "")));

const brief = (ds: ReturnType<typeof auditDocx>["diagnostics"]) => ds.map((d) => `${d.code} @ ${d.place?.where}: ${d.message}`);

describe("audit: cai-cach's own documents are clean", () => {
  it("has the 12 documents of the gallery", () => expect(DOCUMENTS).toHaveLength(12));
  it.each([SEED, ...DOCUMENTS])("%s", async (plan) => {
    const audited = auditDocx(await renderedDocx(plan), "x.docx");
    expect(brief(audited.diagnostics)).toEqual([]);
    expect(audited.found?.type).toBeDefined();
  });
});

describe("audit: each broken document gives exactly its finding, at its place", () => {
  const broken = MUTATIONS.filter((m) => m.expect);
  it("has at least 25 broken documents, with 25 different codes among them", () => {
    expect(broken.length).toBeGreaterThanOrEqual(25);
    expect(new Set(broken.map((m) => m.expect!.code)).size).toBeGreaterThanOrEqual(20);
  });
  it.each(broken.map((m) => [m.name, m] as const))("%s", async (_, m) => {
    const bytes = await mutatedDocx(m.name);
    const found = auditDocx(bytes, "x.docx").diagnostics;
    expect(brief(found)).toHaveLength(1);
    expect(found[0]!.code).toBe(m.expect!.code);
    const { paragraph, after, where } = m.expect!;
    if (where !== undefined) expect(found[0]!.place?.where).toBe(where);
    if (paragraph !== undefined || after !== undefined) {
      // The paragraph's number counted in the edited XML (w:p in document order, 1-based).
      const paragraphs = new DocxEdit(bytes).paragraphs().map(textOf);
      const matches = (t: string): boolean =>
        after ? after.test(t) : typeof paragraph === "string" ? t === paragraph : paragraph!.test(t);
      const index = paragraphs.findIndex(matches) + 1 + (after ? 1 : 0);
      expect(index).toBeGreaterThan(0);
      expect(found[0]!.place?.paragraph).toBe(index);
    }
  });
});

describe("audit: edits that keep a document right stay clean", () => {
  it.each(MUTATIONS.filter((m) => !m.expect).map((m) => [m.name, m] as const))("%s", async (_, m) => {
    expect(brief(auditDocx(await mutatedDocx(m.name), "x.docx").diagnostics)).toEqual([]);
  });
});
