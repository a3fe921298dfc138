// The project's cai-cach.config.yaml, when it cannot be read at all (a folder, a device, no
// permission, binary bytes): every command but init stops there, exit 2, with the same
// diagnostic — render and diff used to go on with the defaults as if there were no config.
// A config that reads but has problems (syntax, unknown rule) is each command's to report.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { isFatal } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { openProject } from "../project/project.js";

export function unreadableConfig(cwd: string): Diagnostic[] {
  return openProject(cwd)
    .config()
    .diagnostics.filter((d) => isFatal(d.code))
    .map((d) => (d.file && isFolder(resolve(cwd, d.file)) ? { ...d, hint: FOLDER_HINT } : d));
}

// The reader's hint for a folder ("name a .yaml file inside it") does not fit the config.
const FOLDER_HINT = "Cấu hình phải là một tệp YAML: đổi tên hoặc xóa thư mục cai-cach.config.yaml rồi tạo lại tệp (mẫu trong README).";

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
