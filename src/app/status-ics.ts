// Writes `status --ics FILE` atomically; a failure is a diagnostic (report/output-unwritable).
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Project } from "../project/project.js";
import { resolve } from "node:path";
import { atomicWrite } from "../util/atomic-write.js";

export async function writeStatusIcs(
  project: Project,
  file: string,
  text: string,
): Promise<{ written?: string; diagnostics: Diagnostic[] }> {
  const path = resolve(project.cwd, file);
  try {
    await atomicWrite(path, Buffer.from(text, "utf8"));
    return { written: project.show(path), diagnostics: [] };
  } catch (err) {
    return {
      diagnostics: [
        {
          code: "report/output-unwritable",
          severity: "error",
          file: project.show(path),
          message: `Không ghi được tệp lịch (${(err as NodeJS.ErrnoException).code ?? "lỗi ghi"}).`,
          hint: "Chọn thư mục có quyền ghi.",
        },
      ],
    };
  }
}
