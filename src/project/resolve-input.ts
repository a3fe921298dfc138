// Where a plan named on the command line is: as given (relative to cwd), or — for a bare file
// name not in the current folder — in the project's plans/ folder, so that
// `cai-cach render plan-2022.yaml` works from the repository's root as clerks type it.
import { existsSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";

export function resolveInput(arg: string, cwd: string, root: string): Result<string> {
  const direct = resolve(cwd, arg);
  if (existsSync(direct) && statSync(direct).isFile()) return { value: direct, diagnostics: [] };
  if (basename(arg) === arg) {
    for (const dir of [join(cwd, "plans"), join(root, "plans")]) {
      const candidate = join(dir, arg);
      if (existsSync(candidate) && statSync(candidate).isFile()) return { value: candidate, diagnostics: [] };
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
