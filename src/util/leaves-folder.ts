// Whether a path relative to a folder leaves it. `rel.startsWith("..")` is wrong: a file named
// "..ke-hoach.yaml" is inside; only ".." itself, "../…" (or "..\…" on Windows) and an absolute
// path (another drive) are outside.
import { isAbsolute, sep } from "node:path";

export function leavesFolder(rel: string): boolean {
  return rel === ".." || rel.startsWith(`..${sep}`) || rel.startsWith("../") || isAbsolute(rel);
}
