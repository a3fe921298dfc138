// `check` on a report notes file (reports/notes/<period>.yaml): validated as notes (their own
// schema, src/report/notes.ts), never as a plan, with the notes' diagnostics at their lines.
import { readSourceSync } from "../load/read-source.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Project } from "../project/project.js";
import { checkNotesFile as notesDiagnostics } from "../report/notes.js";

export interface CheckedNotes {
  diagnostics: Diagnostic[];
  /** The file's text, for code frames, when it could be read. */
  text?: string;
}

export async function checkNotesFile(path: string, project: Project): Promise<CheckedNotes> {
  // The loader words why it could not be read (a pipe or a device is refused, never read).
  const text = readSourceSync(path, path).value?.text;
  return { diagnostics: notesDiagnostics(path, project.cwd), text };
}
