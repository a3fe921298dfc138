// The document corpus (test/fixtures/documents/*.yaml): documents agencies really issue, one per
// model of the decree or common shape (issue 10). Each is loaded and checked as `cai-cach check`
// would, composed, and written as DOCX and PDF once per test file.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { composePlan } from "../../src/compose/compose-plan.js";
import type { DocumentTree } from "../../src/compose/tree.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { Plan } from "../../src/model/plan.js";
import { writeDocx } from "../../src/write/docx/write-docx.js";
import { writePdf } from "../../src/write/pdf/write-pdf.js";

export const CORPUS = join(import.meta.dirname, "../fixtures/documents");

export const corpusNames = (): string[] =>
  readdirSync(CORPUS)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -".yaml".length))
    .sort();

export interface CorpusDocument {
  name: string;
  plan: Plan;
  diagnostics: Diagnostic[];
  tree: DocumentTree;
  docx: Buffer;
  pdf: Buffer;
}

export async function buildDocument(name: string): Promise<CorpusDocument> {
  const loaded = await loadPlan(join(CORPUS, `${name}.yaml`));
  if (!loaded.value) throw new Error(`${name}: ${loaded.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  const composed = composePlan(loaded.value);
  if (!composed.value) throw new Error(`${name}: ${composed.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  const tree = composed.value;
  return { name, plan: loaded.value, diagnostics: loaded.diagnostics, tree, docx: await writeDocx(tree), pdf: await writePdf(tree) };
}
