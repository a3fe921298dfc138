// `check` on a report notes file (reports/notes/<period>.yaml): validated as notes, never as a
// plan, so a clerk's notes file gets the notes' own diagnostics at its lines.
import { readFileSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Project } from "../project/project.js";
import { loadNotes } from "../report/notes.js";

export interface CheckedNotes {
  diagnostics: Diagnostic[];
  /** The file's text, for code frames, when it could be read. */
  text?: string;
}

export async function checkNotesFile(path: string, project: Project): Promise<CheckedNotes> {
  const root = dirname(dirname(dirname(path)));
  const found = loadNotes(root, basename(path, extname(path)), project.cwd);
  let text: string | undefined;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    // Reported by the loader.
  }
  return { diagnostics: found.diagnostics, text };
}
