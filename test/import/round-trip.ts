// The round trip of `cai-cach import`: a plan rendered by cai-cach (DOCX and Markdown), imported
// back, gives a plan that checks without new problems and renders to the same document. "The
// same" is what the document carries: its text paragraph by paragraph with each paragraph's style,
// the tables and the page setup (docx-text), and the Markdown byte for byte. What a document
// never shows (ids, units, targets, a plan's year when its title has none) cannot come back.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadAndCheckPlan } from "../../src/check/check-plan-file.js";
import { composePlan } from "../../src/compose/compose-plan.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { importDocument, type SourceFormat } from "../../src/import/import-document.js";
import type { Plan } from "../../src/model/plan.js";
import { writeDocx } from "../../src/write/docx/write-docx.js";
import { markdownOf } from "../../src/write/markdown.js";
import { docxText } from "../helpers/docx-text.js";

export interface Rendered {
  docx: Buffer;
  md: string;
  docxText: string;
}

export async function render(plan: Plan): Promise<Rendered> {
  const composed = composePlan(plan);
  if (!composed.value) throw new Error(composed.diagnostics.map((d) => `${d.code} ${d.message}`).join("; "));
  const docx = await writeDocx(composed.value);
  return { docx, md: markdownOf(composed.value), docxText: await docxText(docx) };
}

export interface Reimported {
  yaml: string;
  plan?: Plan;
  /** What import reported about the source. */
  importDiagnostics: Diagnostic[];
  /** What check says of the imported plan. */
  checkDiagnostics: Diagnostic[];
}

/** Imports a rendered document, writes the YAML to a temporary plans/ folder and loads and checks it as `check` does. */
export async function reimport(format: SourceFormat, source: { bytes?: Uint8Array; text?: string }): Promise<Reimported> {
  const imported = importDocument({ format, ...source, file: `ke-hoach.${format}` });
  if (!imported.value) return { yaml: "", importDiagnostics: imported.diagnostics, checkDiagnostics: [] };
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-import-"));
  try {
    const file = join(dir, "ke-hoach.yaml");
    writeFileSync(file, imported.value.yaml);
    const checked = (await loadAndCheckPlan(file, { cwd: dir })).result;
    return {
      yaml: imported.value.yaml,
      plan: checked.value,
      importDiagnostics: imported.diagnostics,
      checkDiagnostics: checked.diagnostics,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const codesOf = (ds: Diagnostic[]): string[] => [...new Set(ds.map((d) => d.code))].sort();
