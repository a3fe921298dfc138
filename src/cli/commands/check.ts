// `cai-cach check [paths…]`: every plan and log of the repository by default. Parses options,
// calls runCheck, formats, sets the exit code (0 clean, 1 problems, 2 could not run).
import type { Command } from "commander";
import type { CommandContext } from "../main.js";
import { EXIT } from "../io.js";

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description("kiểm tra kế hoạch và nhật ký (mặc định: mọi plans/**/*.yaml và logs/**/*.yaml)")
    .argument("[paths...]", "tệp hoặc thư mục cần kiểm tra")
    .option("-f, --format <tên>", "định dạng kết quả: stylish, json, github", "stylish")
    .action(async (paths: string[], opts: { format: string }) => {
      const { io } = ctx;
      const { getFormatter, formatNames } = await import("../../diagnostics/formats/index.js");
      const color = opts.format === "stylish" && io.stdout.isTTY === true && !io.env.NO_COLOR;
      const format = await getFormatter(opts.format, { color });
      if (!format) {
        io.stderr.write(`cai-cach check: không có định dạng "${opts.format}". Dùng: ${formatNames().join(", ")}.\n`);
        ctx.setExit(EXIT.couldNotRun);
        return;
      }
      const { runCheck } = await import("../../check/run-check.js");
      const { summaryLine } = await import("../../check/summary.js");
      const result = await runCheck(paths, io.cwd);
      const output = format(result.diagnostics, {
        cwd: io.cwd, color, counts: result.counts, source: (f) => result.sources.get(f),
      });
      if (output) io.stdout.write(output.endsWith("\n") ? output : output + "\n");
      if (opts.format !== "json") io.stdout.write(summaryLine(result.diagnostics, result.counts) + "\n");
      ctx.setExit(result.fatal ? EXIT.couldNotRun : result.diagnostics.some((d) => d.severity === "error") ? EXIT.problems : EXIT.ok);
    });
}
