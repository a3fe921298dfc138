// Where a plan named on the command line is: as given (relative to cwd), or — for a bare file
// name not in the current folder — among the project's plans (plans/**, the Project's
// discovery), so that `cai-cach render plan-2022.yaml` works from anywhere in the repository as
// clerks type it, wherever under plans/ the file sits. Anything that exists at the given path —
// a folder, a device such as /dev/zero, a FIFO — is handed to the loader, which says what it is
// (load/file-unreadable, load/not-a-file): only a path with nothing there is "not found".
import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import type { Project } from "./project.js";

export function resolveInput(arg: string, project: Project): Result<string> {
  const direct = resolve(project.cwd, arg);
  if (exists(direct)) return { value: direct, diagnostics: [] };
  if (basename(arg) === arg) {
    const found = project.plans();
    const matches = found.files.filter((f) => basename(f) === arg);
    if (matches.length === 1) return { value: matches[0]!, diagnostics: [] };
    if (matches.length > 1) {
      return {
        diagnostics: [
          {
            code: "render/input-missing",
            severity: "error",
            message: `Có ${matches.length} kế hoạch cùng tên "${arg}": ${matches.map(project.show).join(", ")}.`,
            file: arg,
            hint: "Ghi rõ thư mục của tệp cần dùng, ví dụ plans/2022/plan-2022.yaml.",
          },
        ],
      };
    }
  }
  const diagnostic: Diagnostic = {
    code: "render/input-missing",
    severity: "error",
    message: `Không tìm thấy tệp kế hoạch "${arg}".`,
    file: arg,
    hint: "Kiểm tra tên tệp; tên không kèm thư mục được tìm cả trong thư mục plans/.",
  };
  return { diagnostics: [diagnostic] };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
