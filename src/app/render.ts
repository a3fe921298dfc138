// `render` as a library function: plans → checked → composed → written in each format.
// Nothing is written unless every plan loads without errors and every output path is usable;
// each output is written atomically. Returns the paths written and every problem found.
import { basename, extname, join, resolve } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { DocumentTree } from "../compose/tree.js";
import { FontMissingError } from "../layout/fonts.js";
import { loadAndCheckPlan } from "../check/check-plan-file.js";
import { composePlan } from "../compose/compose-plan.js";
import { writers, type Format } from "../write/writers.js";
import type { Project } from "../project/project.js";
import { resolveInput } from "../project/resolve-input.js";
import { fontMissing } from "../layout/font-missing.js";
import { checkOutputs } from "../project/output-target.js";
import { writeOutputs } from "../project/write-outputs.js";

export interface RenderOptions {
  project: Project;
  formats: Format[];
  /** Output folder as typed (relative to cwd); default out/ under the project root. */
  out?: string;
}

export interface RenderResult {
  /** Paths written, as shown to the user (relative to cwd when inside it). */
  written: string[];
  /** Every problem, the config's severities applied: the CLI's exit code comes from them. */
  diagnostics: Diagnostic[];
}

/** Renders the plans; a missing font (needed to measure rules and to write the PDF) → exit 2. */
export async function renderPlans(inputs: string[], opts: RenderOptions): Promise<RenderResult> {
  try {
    return await renderUnguarded(inputs, opts);
  } catch (err) {
    if (err instanceof FontMissingError) return { written: [], diagnostics: [fontMissing(err)] };
    throw err;
  }
}

/**
 * One plan file loaded, checked and composed into its tree (render and preview). The config's
 * rule levels apply exactly as in `check`: a rule set to "warning" or "off" does not stop it.
 */
export async function composePlanFile(file: string, project: Project): Promise<Result<DocumentTree>> {
  const loaded = (await loadAndCheckPlan(file, { cwd: project.cwd })).result;
  const judged = project.judge(loaded.diagnostics);
  if (!loaded.value || hasErrors(judged)) return { diagnostics: judged };
  const composed = composePlan(loaded.value, { projectRoot: project.root });
  const show = (d: Diagnostic): Diagnostic => ({ ...d, file: d.file ? project.show(d.file) : d.file });
  return { value: composed.value, diagnostics: [...judged, ...project.judge(composed.diagnostics.map(show))] };
}

async function renderUnguarded(inputs: string[], opts: RenderOptions): Promise<RenderResult> {
  const { project } = opts;
  const { root, show, cwd } = project;
  const diagnostics: Diagnostic[] = [];
  const fail = (): RenderResult => ({ written: [], diagnostics });

  // 1. Find, load and check every plan; compose each into its tree.
  const docs: { input: string; tree: DocumentTree }[] = [];
  for (const arg of inputs) {
    const found = resolveInput(arg, project);
    diagnostics.push(...found.diagnostics);
    if (!found.value) continue;
    const composed = await composePlanFile(found.value, project);
    diagnostics.push(...composed.diagnostics);
    if (composed.value) docs.push({ input: found.value, tree: composed.value });
  }
  // Unreadable files, unknown plans and plans with errors: nothing is written.
  if (hasErrors(diagnostics)) return fail();

  // 2. The output folder and every output path, before anything is written.
  const outDir = resolve(cwd, opts.out ?? join(root, "out"));
  const inputPaths = docs.map((d) => resolve(d.input));
  const jobs = docs.flatMap((d) =>
    opts.formats.map((format) => {
      const path = join(outDir, `${basename(d.input, extname(d.input))}.${format}`);
      return { tree: d.tree, format, path };
    }),
  );
  diagnostics.push(
    ...checkOutputs(
      outDir,
      jobs.map((j) => j.path),
      { show, inputs: inputPaths },
    ),
  );
  if (hasErrors(diagnostics)) return fail();
  // Two plans with the same file name (plans/a/x.yaml, plans/b/x.yaml) would write one file twice.
  const seen = new Set<string>();
  for (const job of jobs) {
    if (seen.has(job.path)) {
      diagnostics.push({
        code: "render/output-duplicate",
        severity: "error",
        file: show(job.path),
        message: `Hai kế hoạch cùng tên tệp sẽ ghi đè lên nhau ở "${show(job.path)}".`,
        hint: "Xuất từng kế hoạch vào một thư mục riêng bằng --out, hoặc đổi tên một tệp.",
      });
    }
    seen.add(job.path);
  }
  if (hasErrors(diagnostics)) return fail();

  // 3. Produce every file in memory, then write them all or none (write-outputs.ts).
  const outputs: { path: string; bytes: Buffer }[] = [];
  for (const job of jobs) outputs.push({ path: job.path, bytes: await (await writers[job.format]())(job.tree) });
  const written = await writeOutputs(outputs, { show });
  diagnostics.push(...written.diagnostics);
  return { written: written.written, diagnostics };
}
