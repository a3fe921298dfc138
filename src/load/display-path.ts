// A file as shown in diagnostics: relative to cwd when inside it ("plans/plan-2022.yaml"), else as given.
import { relative } from "node:path";
import { leavesFolder } from "../util/leaves-folder.js";

export function displayPath(path: string, given: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel && !leavesFolder(rel)) return rel.split("\\").join("/");
  return given;
}
