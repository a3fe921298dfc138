// `cai-cach check [paths…]`: every plan and log of the repository by default. Parses options,
// calls runCheck, formats, sets the exit code (0 clean, 1 problems, 2 could not run).
import type { Command } from "commander";
import { PaintedText } from "../../util/terminal-text.js";
import type { CommandContext } from "../io.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { EXIT } from "../io.js";

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description("kiểm tra kế hoạch và nhật ký (mặc định: mọi plans/**/*.yaml và logs/**/*.yaml)")
    .argument("[paths...]", "tệp hoặc thư mục cần kiểm tra")
    .option("-f, --format <tên>", "định dạng kết quả: stylish, json, github, sarif, junit", "stylish")
    .option("--max-warnings <số>", "báo lỗi (mã thoát 1) khi số cảnh báo vượt quá số này")
    .action(async (paths: string[], opts: { format: string; maxWarnings?: string }) => {
      const { io } = ctx;
      const { getFormatter, formatNames } = await import("../../diagnostics/formats/index.js");
      const { exitCode, parseMaxWarnings, countWarnings, maxWarningsMessage } = await import("../exit-code.js");
      const maxWarnings = opts.maxWarnings === undefined ? undefined : parseMaxWarnings(opts.maxWarnings);
      const usage = usageProblems(opts, formatNames(), maxWarnings);
      if (usage.length > 0) {
        const { printDiagnostics } = await import("../print-diagnostics.js");
        await printDiagnostics(io, usage);
        ctx.setExit(exitCode(usage));
        return;
      }
      const color = opts.format === "stylish" && io.stdout.isTTY === true && !io.env.NO_COLOR;
      const { openProject } = await import("../../project/project.js");
      const { runCheck } = await import("../../app/check.js");
      const { summaryLine } = await import("../summary.js");
      const result = await runCheck(paths, openProject(io.cwd));
      // Human formats print nothing for a clean run: skip loading them (and chalk) then.
      const silentWhenClean = opts.format === "stylish" || opts.format === "github";
      const format = result.diagnostics.length > 0 || !silentWhenClean ? await getFormatter(opts.format, { color }) : undefined;
      const output = format?.(result.diagnostics, {
        cwd: io.cwd,
        color,
        counts: result.counts,
        source: (f) => result.sources.get(f),
        files: [...result.sources.keys()],
      });
      // Stylish output is painted (its input fields made visible first); the others are plain.
      const text = output?.endsWith("\n") ? output : `${output}\n`;
      if (output) io.stdout.write(opts.format === "stylish" ? new PaintedText(text) : text);
      // Machine formats (JSON, SARIF, JUnit XML) are parsed whole: no summary line after them.
      if (!["json", "sarif", "junit"].includes(opts.format)) io.stdout.write(`${summaryLine(result.diagnostics, result.counts)}\n`);
      const code = exitCode(result.diagnostics, { maxWarnings });
      if (code === EXIT.problems && exitCode(result.diagnostics) === EXIT.ok && maxWarnings !== undefined) {
        io.stderr.write(`${maxWarningsMessage(countWarnings(result.diagnostics), maxWarnings)}\n`);
      }
      ctx.setExit(code);
    });
}

/** Option values that make the run impossible, as diagnostics (exit 2, as every command's). */
function usageProblems(opts: { format: string; maxWarnings?: string }, formats: string[], maxWarnings: number | undefined): Diagnostic[] {
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
