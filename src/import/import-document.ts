// One document → the plan's YAML text and every problem found: the reader chosen by the file's
// extension (.docx, .txt, .md), the source's characters checked, the structure recognised.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ARCHIVE_HINT, archiveProblem } from "../docx-read/archive-problem.js";
import { DocxArchiveError, readDocx } from "../docx-read/read-docx.js";
import type { Plan } from "../model/plan.js";
import type { ReadSource } from "./entries.js";
import { planYaml } from "./plan-yaml.js";
import { recognise } from "./recognise/recognise.js";
import { readMarkdown } from "./read-markdown.js";
import { readText } from "./read-text.js";
import { readWord } from "./read-word.js";
import { checkSourceText } from "./source-text-checks.js";
import type { Problem } from "./recognise/findings.js";

export type SourceFormat = "docx" | "txt" | "md";

export function formatOf(path: string): SourceFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(path.toLowerCase())?.[1];
  if (ext === "docx") return "docx";
  if (ext === "txt" || ext === "text") return "txt";
  if (ext === "md" || ext === "markdown") return "md";
  return undefined;
}

export interface Imported {
  plan: Plan;
  yaml: string;
  /** Places marked "# kiểm tra:" in the YAML. */
  reviews: number;
}

function toDiagnostic(p: Problem, file: string): Diagnostic {
  return {
    code: p.code,
    severity: p.severity,
    file,
    message: p.message,
    hint: p.hint,
    ...(p.at && "line" in p.at ? { line: p.at.line, column: 1 } : {}),
    ...(p.code === "text/legacy-encoding" ? { clause: "NĐ 30/2020/NĐ-CP, Phụ lục I, I.4" } : {}),
  };
}

/** `text` is the decoded text of a .txt or .md file; `bytes` the DOCX. `file` is the name shown in messages. */
export function importDocument(input: { format: SourceFormat; bytes?: Uint8Array; text?: string; file: string }): {
  value?: Imported;
  diagnostics: Diagnostic[];
} {
  let read: ReadSource;
  if (input.format === "docx") {
    try {
      read = readWord(readDocx(input.bytes ?? new Uint8Array()));
    } catch (err) {
      if (!(err instanceof DocxArchiveError)) throw err;
      return { diagnostics: [notADocx(input.file, err)] };
    }
  } else read = input.format === "md" ? readMarkdown(input.text ?? "") : readText(input.text ?? "");
  const checked = checkSourceText(read);
  const { plan, findings } = recognise(checked.source);
  const problems = [...checked.problems, ...findings.problems];
  return {
    value: { plan, yaml: planYaml(plan, findings, input.file), reviews: findings.reviewCount },
    diagnostics: problems.map((p) => toDiagnostic(p, input.file)),
  };
}

function notADocx(file: string, err: DocxArchiveError): Diagnostic {
  return {
    code: "import/not-a-docx",
    severity: "error",
    file,
    message: `Không đọc được "${file}" như một tệp Word (.docx): ${archiveProblem(err)}.`,
    hint: ARCHIVE_HINT,
  };
}
