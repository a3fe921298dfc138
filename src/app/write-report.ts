// Writes the Báo cáo and the data files: compose (templates/bao-cao.hbs) → the same writers as
// `render` → out/bao-cao-<period>.<ext>. Outputs are treated exactly as render treats its own:
// every path checked first (output-target.ts), everything produced in memory, then all written
// or none (write-outputs.ts), so no lone DOCX is left when the PDF cannot be written.
import { join, resolve } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { writers } from "../write/writers.js";
import { checkOutputs } from "../project/output-target.js";
import { writeOutputs } from "../project/write-outputs.js";
import { fontMissing } from "../layout/font-missing.js";
import type { Project } from "../project/project.js";
import type { ReportInputs } from "./report.js";
import { dataText, type ReportFormat } from "../report/data-formats.js";

export interface WriteReportResult {
  written: string[];
  diagnostics: Diagnostic[];
}

/** A missing font (measuring the header while composing, or writing the PDF) → exit 2, as in render. */
export async function writeReport(
  r: ReportInputs,
  formats: ReportFormat[],
  opts: { project: Project; out?: string },
): Promise<WriteReportResult> {
  try {
    return await writeUnguarded(r, formats, opts);
  } catch (err) {
    // Loaded here, not at the top: a data-only report never loads the layout's font library.
    const { FontMissingError } = await import("../layout/fonts.js");
    if (err instanceof FontMissingError) return { written: [], diagnostics: [fontMissing(err)] };
    throw err;
  }
}

async function writeUnguarded(
  r: ReportInputs,
  formats: ReportFormat[],
  opts: { project: Project; out?: string },
): Promise<WriteReportResult> {
  const { show, cwd } = opts.project;
  const outDir = resolve(cwd, opts.out ?? join(r.root, "out"));
  const pathOf = (f: ReportFormat): string => join(outDir, `bao-cao-${r.data.period.key}.${f}`);
  // Every output checked as render checks its own, before anything is produced or written.
  const problems = checkOutputs(outDir, formats.map(pathOf), { show, inputs: r.inputs, command: "report" });
  if (problems.length) return { written: [], diagnostics: problems };
  const produced = await produceReport(r, formats, opts.project);
  if (!produced.value) return { written: [], diagnostics: produced.diagnostics };
  const outputs = produced.value.map((o) => ({ path: pathOf(o.format), bytes: o.bytes }));
  const written = await writeOutputs(outputs, { show, command: "report" });
  return { written: written.written, diagnostics: written.diagnostics };
}

/** Each format's bytes, in memory (the files of writeReport, the preview's downloads). */
export async function produceReport(
  r: ReportInputs,
  formats: ReportFormat[],
  project: Project,
): Promise<Result<{ format: ReportFormat; bytes: Uint8Array }[]>> {
  const outputs: { format: ReportFormat; bytes: Uint8Array }[] = [];
  const docFormats = formats.filter((f): f is "docx" | "pdf" => f === "docx" || f === "pdf");
  if (docFormats.length) {
    const { composeReport } = await import("./report-document.js");
    const composed = composeReport(r);
    if (!composed.value) return { diagnostics: project.judge(composed.diagnostics) };
    for (const f of docFormats) outputs.push({ format: f, bytes: await (await writers[f]())(composed.value) });
  }
  for (const f of formats) {
    if (f === "md" || f === "json" || f === "csv") outputs.push({ format: f, bytes: Buffer.from(dataText(f, r.data), "utf8") });
    if (f === "xlsx") {
      const { reportXlsx } = await import("../report/formats/xlsx.js");
      const { reportDate } = await import("../report/report-context.js");
      outputs.push({ format: f, bytes: await reportXlsx(r.data, reportDate(r.data, r.notes)) });
    }
  }
  return { value: outputs, diagnostics: [] };
}
