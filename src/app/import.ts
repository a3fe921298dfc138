// `cai-cach import FILE` as a library call: the document read (.docx bytes, .txt or .md text with
// the encodings `check` accepts), recognised into a plan, written atomically as YAML (never over
// an existing file without --force), then checked as `check` would, so the clerk sees the
// source's own mistakes at the lines of the new plan.
import { existsSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { loadAndCheckPlan } from "../check/check-plan-file.js";
import { formatOf, importDocument } from "../import/import-document.js";
import { OutputExists, writePlanFile } from "../import/write-plan.js";
import { readSource, readSourceBytes } from "../load/read-source.js";
import { slugify } from "../load/slugify.js";
import type { Project } from "../project/project.js";
import { causeText, systemCause } from "../util/system-error.js";

export interface ImportOptions {
  project: Project;
  input: string;
  /** Output file as typed; default plans/<name of the input>.yaml at the project's root. */
  out?: string;
  force?: boolean;
}

export interface ImportDone {
  /** The plan written, as shown to the user. */
  written: string;
  reviews: number;
}

export async function importFile(opts: ImportOptions): Promise<Result<ImportDone>> {
  const { project } = opts;
  const path = resolve(project.cwd, opts.input);
  const shown = project.show(path);
  const format = formatOf(path);
  if (!format) return { diagnostics: [unsupported(shown)] };
  const outPath = opts.out
    ? resolve(project.cwd, opts.out)
    : join(project.root, "plans", `${slugify(basename(path, extname(path))) || "ke-hoach"}.yaml`);
  const outShown = project.show(outPath);
  if (!opts.force && existsSync(outPath)) return { diagnostics: [exists(outShown)] };
  const read = format === "docx" ? await readSourceBytes(path, shown) : await readSource(path, shown);
  if (!read.value) return { diagnostics: read.diagnostics };
  const imported =
    format === "docx"
      ? importDocument({ format, bytes: read.value as Buffer, file: shown })
      : importDocument({ format, text: (read.value as { text: string }).text, file: shown });
  const diagnostics = [...read.diagnostics, ...imported.diagnostics];
  if (!imported.value) return { diagnostics };
  try {
    await writePlanFile(outPath, imported.value.yaml, opts.force === true);
  } catch (err) {
    if (err instanceof OutputExists) return { diagnostics: [...diagnostics, exists(outShown)] };
    const e = err as NodeJS.ErrnoException;
    return {
      diagnostics: [
        ...diagnostics,
        {
          code: "import/unwritable",
          severity: "error",
          file: outShown,
          message: `Không ghi được "${outShown}": ${causeText(e.code)}. Chưa ghi gì.`,
          hint: `${systemCause(e.code).hint} Hoặc chọn tệp khác bằng --out.`,
        },
      ],
    };
  }
  // The new plan checked as `check` would: the source's own mistakes, at their lines.
  const checked = (await loadAndCheckPlan(outPath, { cwd: project.cwd })).result;
  return {
    value: { written: outShown, reviews: imported.value.reviews },
    diagnostics: [...diagnostics, ...project.judge(checked.diagnostics)],
  };
}

function unsupported(file: string): Diagnostic {
  return {
    code: "import/unsupported-format",
    severity: "error",
    file,
    message: `cai-cach chỉ nhập được tệp Word (.docx), văn bản (.txt) hoặc Markdown (.md), không nhập được "${file}".`,
    hint: "Mở văn bản bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx (tệp .doc cũ hay .pdf cũng vậy), rồi nhập tệp đó.",
  };
}

function exists(file: string): Diagnostic {
  return {
    code: "import/output-exists",
    severity: "error",
    file,
    message: `Tệp "${file}" đã có; cai-cach import không ghi đè nên chưa ghi gì.`,
    hint: "Chọn tên khác bằng --out tệp-mới.yaml, hoặc thêm --force để ghi đè tệp đó.",
  };
}
