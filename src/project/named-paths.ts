// The paths a user names on the command line (`check plans/ logs/x.yaml`, `audit van-ban/`), the
// one way every command reads them: a folder is walked with the command's discovery, a file is
// taken as given, and a path that is not there is kept so that the reader words why.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Discovered } from "./discover.js";

export interface NamedPaths {
  /** Absolute paths: the files named, and the files found in the folders named. */
  files: string[];
  /** Paths as typed that are not there (or cannot be looked at). */
  missing: string[];
  diagnostics: Diagnostic[];
}

export function namedPaths(paths: readonly string[], cwd: string, walk: (dir: string) => Discovered): NamedPaths {
  const out: NamedPaths = { files: [], missing: [], diagnostics: [] };
  for (const given of paths) {
    const abs = resolve(cwd, given);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      out.missing.push(given);
      continue;
    }
    if (!isDir) {
      out.files.push(abs);
      continue;
    }
    const found = walk(abs);
    out.diagnostics.push(...found.diagnostics);
    out.files.push(...found.files);
  }
  return out;
}
