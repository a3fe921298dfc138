// Diagnostics of render, report and log, printed on stderr exactly as `check` prints them
// (file:line:col, code frame, hint; colour only on a TTY without NO_COLOR).
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Io } from "./io.js";
import { PaintedText } from "../util/terminal-text.js";

export async function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], plans = 0): Promise<void> {
  if (diagnostics.length === 0) return;
  const { getFormatter } = await import("../diagnostics/formats/index.js");
  const color = io.stderr.isTTY === true && !io.env.NO_COLOR;
  const stylish = (await getFormatter("stylish", { color }))!;
  const out = stylish([...diagnostics], { cwd: io.cwd, color, counts: { plans, logs: 0 }, source: () => undefined });
  io.stderr.write(new PaintedText(out.endsWith("\n") ? out : `${out}\n`));
}
