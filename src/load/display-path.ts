// A file as shown in diagnostics: relative to cwd when inside it ("plans/plan-2022.yaml"), else as given.
import { isAbsolute, relative } from "node:path";

export function displayPath(path: string, given: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return rel.split("\\").join("/");
  return given;
}
