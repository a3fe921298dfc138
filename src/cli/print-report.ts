// The output path shared by `check` and `audit`: --format (stylish, json, github, sarif, junit),
// --max-warnings, the summary line and the exit code, so both print and exit alike.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { FormatContext } from "../diagnostics/formats/types.js";
import { PaintedText } from "../util/terminal-text.js";
import { type CommandContext, EXIT } from "./io.js";

export interface ReportOptions {
  format: string;
  maxWarnings?: string;
}

export interface Reportable {
  diagnostics: Diagnostic[];
  /** Source texts by displayed file name, for code frames. */
  sources?: Map<string, string>;
  counts: FormatContext["counts"];
  /** Every input, clean ones included (JUnit: one testcase each). */
  files: string[];
}

/** Bad --format or --max-warnings: printed, exit 2, and true (the command stops); false when the options are usable. */
export async function rejectUsage(ctx: CommandContext, opts: ReportOptions): Promise<boolean> {
  const { formatNames } = await import("../diagnostics/formats/index.js");
  const { parseMaxWarnings } = await import("./exit-code.js");
  const maxWarnings = opts.maxWarnings === undefined ? undefined : parseMaxWarnings(opts.maxWarnings);
  const usage = usageProblems(opts, formatNames(), maxWarnings);
  if (usage.length === 0) return false;
  const { printDiagnostics } = await import("./print-diagnostics.js");
  const { exitCode } = await import("./exit-code.js");
  await printDiagnostics(ctx.io, usage);
  ctx.setExit(exitCode(usage));
  return true;
}

/** Prints the result in the chosen format, then the summary line (human formats), and sets the exit code. */
export async function printReport(ctx: CommandContext, opts: ReportOptions, result: Reportable, summary: string): Promise<void> {
  const { io } = ctx;
  const { getFormatter } = await import("../diagnostics/formats/index.js");
  const { exitCode, parseMaxWarnings, countWarnings, maxWarningsMessage } = await import("./exit-code.js");
  const maxWarnings = opts.maxWarnings === undefined ? undefined : parseMaxWarnings(opts.maxWarnings);
  const color = opts.format === "stylish" && io.stdout.isTTY === true && !io.env.NO_COLOR;
  // Human formats print nothing for a clean run: skip loading them (and chalk) then.
  const silentWhenClean = opts.format === "stylish" || opts.format === "github";
  const format = result.diagnostics.length > 0 || !silentWhenClean ? await getFormatter(opts.format, { color }) : undefined;
  const output = format?.(result.diagnostics, {
    cwd: io.cwd,
    color,
    counts: result.counts,
    source: (f) => result.sources?.get(f),
    files: result.files,
  });
  // Stylish output is painted (its input fields made visible first); the others are plain.
  const text = output?.endsWith("\n") ? output : `${output}\n`;
  if (output) io.stdout.write(opts.format === "stylish" ? new PaintedText(text) : text);
  // Machine formats (JSON, SARIF, JUnit XML) are parsed whole: no summary line after them.
  if (!["json", "sarif", "junit"].includes(opts.format)) io.stdout.write(`${summary}\n`);
  const code = exitCode(result.diagnostics, { maxWarnings });
  if (code === EXIT.problems && exitCode(result.diagnostics) === EXIT.ok && maxWarnings !== undefined) {
    io.stderr.write(`${maxWarningsMessage(countWarnings(result.diagnostics), maxWarnings)}\n`);
  }
  ctx.setExit(code);
}

/** Option values that make the run impossible, as diagnostics (exit 2, as every command's). */
function usageProblems(opts: ReportOptions, formats: string[], maxWarnings: number | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!formats.includes(opts.format)) {
    out.push({
      code: "check/unknown-format",
      severity: "error",
      message: `Không có định dạng "${opts.format}".`,
      hint: `Dùng --format với một trong: ${formats.join(", ")}.`,
    });
  }
  if (opts.maxWarnings !== undefined && maxWarnings === undefined) {
    out.push({
      code: "check/bad-max-warnings",
      severity: "error",
      message: `--max-warnings cần một số nguyên không âm, không phải "${opts.maxWarnings}".`,
      hint: "Ví dụ: --max-warnings 0",
    });
  }
  return out;
}
