// `report --notes`: writes reports/notes/<period>.yaml ready to fill (report/notes-template.ts),
// never over an existing one.
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { notesPath } from "../report/notes.js";
import { notesTemplate } from "../report/notes-template.js";
import { atomicWrite } from "../util/atomic-write.js";
import type { Project } from "../project/project.js";
import type { ReportInputs } from "./report.js";

export async function writeNotesTemplate(
  project: Project,
  r: ReportInputs,
  command: string,
): Promise<{ written?: string; diagnostics: Diagnostic[] }> {
  const path = notesPath(r.root, r.data.period.key);
  const shown = project.show(path);
  if (existsSync(path))
    return {
      diagnostics: [
        {
          code: "report/notes-exists",
          severity: "error",
          file: shown,
          message: `Tệp ghi chú của ${r.data.period.label} đã có; không ghi đè.`,
          hint: "Mở tệp đó để sửa; muốn tạo lại từ đầu thì đổi tên hoặc xóa tệp cũ trước.",
        },
      ],
    };
  try {
    mkdirSync(dirname(path), { recursive: true });
    await atomicWrite(path, Buffer.from(notesTemplate(r.data, command), "utf8"));
  } catch (err) {
    return {
      diagnostics: [
        {
          code: "report/output-unwritable",
          severity: "error",
          file: shown,
          message: `Không ghi được tệp ghi chú (${(err as NodeJS.ErrnoException).code ?? "lỗi ghi"}).`,
          hint: "Kiểm tra quyền ghi của thư mục reports/notes/.",
        },
      ],
    };
  }
  return { written: shown, diagnostics: [] };
}
