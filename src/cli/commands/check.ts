// `cai-cach check [paths…]`: every plan and log of the repository by default. Parses options,
// calls runCheck, prints through the shared report path (print-report.ts), which sets the exit
// code (0 clean, 1 problems, 2 could not run).
import type { Command } from "commander";
import type { CommandContext } from "../io.js";
import { withReportOptions } from "../report-options.js";

export function registerCheck(program: Command, ctx: CommandContext): void {
  withReportOptions(
    program
      .command("check")
      .description("kiểm tra kế hoạch và nhật ký (mặc định: mọi plans/**/*.yaml và logs/**/*.yaml)")
      .argument("[paths...]", "tệp hoặc thư mục cần kiểm tra"),
  ).action(async (paths: string[], opts: { format: string; maxWarnings?: string }) => {
    const { rejectUsage, printReport } = await import("../print-report.js");
    if (await rejectUsage(ctx, opts)) return;
    const { openProject } = await import("../../project/project.js");
    const { runCheck } = await import("../../app/check.js");
    const { summaryLine } = await import("../summary.js");
    const result = await runCheck(paths, openProject(ctx.io.cwd));
    await printReport(ctx, opts, { ...result, files: [...result.sources.keys()] }, summaryLine(result.diagnostics, result.counts));
  });
}
