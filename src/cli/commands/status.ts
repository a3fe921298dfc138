// `cai-cach status [--today dd/mm/yyyy] [--format text|json] [--ics FILE]`: the report due next,
// the items behind schedule, the units with no entry this period. Thin.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

export function registerStatus(program: Command, ctx: CommandContext): void {
  program
    .command("status")
    .description("tình hình hôm nay: báo cáo sắp đến hạn, nội dung chậm tiến độ, đơn vị chưa ghi nhật ký")
    .option("--today <ngày>", "coi hôm nay là ngày này (dd/mm/yyyy), mặc định: ngày hiện tại hoặc SOURCE_DATE_EPOCH")
    .option("-f, --format <định-dạng>", "text hoặc json", "text")
    .option("--ics <tệp.ics>", "ghi hạn báo cáo và hạn các nội dung thành lịch (Outlook, Google Calendar)")
    .action(async (o: { today?: string; format: string; ics?: string }) => {
      const { printDiagnostics } = await import("../print-diagnostics.js");
      const { exitCode } = await import("../exit-code.js");
      const stop = async (ds: Diagnostic[]): Promise<void> => {
        await printDiagnostics(ctx.io, ds);
        ctx.setExit(exitCode(ds));
      };
      const format = o.format.trim().toLowerCase();
      if (format !== "text" && format !== "json")
        return stop([
          {
            code: "items/unknown-format",
            severity: "error",
            message: `Định dạng không hỗ trợ: ${o.format}.`,
            hint: "Dùng --format text hoặc json.",
          },
        ]);
      const { parseVnDate } = await import("../../util/vn-date.js");
      const { todayFrom } = await import("../../init/today.js");
      const clock = todayFrom(ctx.io.env, Date.now());
      const today = o.today !== undefined ? parseVnDate(o.today) : clock.value?.iso;
      if (!today)
        return stop(
          o.today !== undefined
            ? [
                {
                  code: "report/invalid-period",
                  severity: "error",
                  message: `Ngày "${o.today}" không có thật.`,
                  hint: "Ví dụ: --today 05/04/2026",
                },
              ]
            : clock.diagnostics,
        );
      const { openProject } = await import("../../project/project.js");
      const { projectStatus } = await import("../../app/status.js");
      const project = openProject(ctx.io.cwd);
      const run = await projectStatus(project, today);
      await printDiagnostics(ctx.io, run.diagnostics);
      if (!run.value) return ctx.setExit(exitCode(run.diagnostics));
      const f = await import("../../report/formats/status-text.js");
      ctx.io.stdout.write(format === "json" ? f.statusJson(run.value) : f.statusText(run.value));
      if (o.ics !== undefined && run.calendar) {
        const { writeStatusIcs } = await import("../../app/status-ics.js");
        const written = await writeStatusIcs(project, o.ics, f.statusIcs(today, run.calendar.reports, run.calendar.items));
        await printDiagnostics(ctx.io, written.diagnostics);
        if (written.written) ctx.io.stdout.write(`Đã ghi lịch ${written.written}\n`);
        return ctx.setExit(exitCode([...run.diagnostics, ...written.diagnostics]));
      }
      ctx.setExit(exitCode(run.diagnostics));
    });
}
