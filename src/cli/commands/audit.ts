// `cai-cach audit FILE.docx…`: any DOCX (Word, LibreOffice, WPS, Google Docs, cai-cach) judged
// against Nghị định 30. Thin: calls runAudit (src/app/audit.ts), prints through check's report
// path (print-report.ts: --format, --max-warnings, summary line, exit code).
import type { Command } from "commander";
import type { CommandContext } from "../io.js";
import { withReportOptions } from "../report-options.js";

export function registerAudit(program: Command, ctx: CommandContext): void {
  withReportOptions(
    program
      .command("audit")
      .description("kiểm tra thể thức một văn bản Word (.docx) bất kỳ theo Nghị định 30/2020/NĐ-CP")
      .argument("<tệp...>", "tệp .docx, hoặc thư mục chứa chúng"),
  ).action(async (paths: string[], opts: { format: string; maxWarnings?: string }) => {
    const { rejectUsage, printReport } = await import("../print-report.js");
    if (await rejectUsage(ctx, opts)) return;
    const { openProject } = await import("../../project/project.js");
    const { runAudit, auditSummary } = await import("../../app/audit.js");
    const result = await runAudit(paths, openProject(ctx.io.cwd));
    const counts = { plans: result.files.length, logs: 0 };
    await printReport(ctx, opts, { diagnostics: result.diagnostics, counts, files: result.files }, auditSummary(result));
  });
}
