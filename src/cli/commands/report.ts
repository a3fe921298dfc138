// `cai-cach report --quarter 1 [--year 2022] [--format docx,pdf|md|json|csv] [--out DIR]`:
// the periodic Báo cáo compiled from the activity logs. Thin: parses options, calls
// prepareReport / writeReport (src/report), prints, sets the exit code. Heavy modules load
// inside the action.
import type { Command } from "commander";
import { PaintedText } from "../../util/terminal-text.js";
import type { CommandContext } from "../io.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

interface Options {
  quarter?: string;
  half?: string;
  nineMonths?: boolean;
  annual?: boolean;
  month?: string;
  from?: string;
  to?: string;
  year?: string;
  plan?: string;
  logs?: string;
  format: string;
  out?: string;
}

export function registerReport(program: Command, ctx: CommandContext): void {
  program
    .command("report")
    .description("lập báo cáo định kỳ từ nhật ký hoạt động (DOCX, PDF; số liệu md, json, csv)")
    .option("--quarter <n>", "quý 1–4")
    .option("--half <n>", "6 tháng: 1 (đầu năm) hoặc 2 (cuối năm)")
    .option("--nine-months", "9 tháng")
    .option("--annual", "cả năm")
    .option("--month <n>", "tháng 1–12")
    .option("--from <ngày>", "đột xuất: từ ngày YYYY-MM-DD")
    .option("--to <ngày>", "đột xuất: đến ngày YYYY-MM-DD")
    .option("--year <năm>", "năm báo cáo (mặc định: năm của kế hoạch mới nhất trong plans/)")
    .option("--plan <tệp>", "tệp kế hoạch (mặc định: kế hoạch của năm báo cáo trong plans/)")
    .option("--logs <thư-mục>", "thư mục nhật ký (mặc định: logs/)")
    .option("-f, --format <định-dạng>", "docx, pdf, md, json, csv (cách nhau bằng dấu phẩy)", "docx,pdf")
    .option("-o, --out <thư-mục>", "thư mục ghi kết quả (mặc định: out/); md, json, csv một mình thì in ra màn hình")
    .action(async (options: Options) => {
      const { printDiagnostics } = await import("../print-diagnostics.js");
      const { REPORT_FORMATS, dataText } = await import("../../report/data-formats.js");
      const print = (ds: Diagnostic[]): Promise<void> => printDiagnostics(ctx.io, ds);
      const formats = [
        ...new Set(
          options.format
            .split(",")
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean),
        ),
      ];
      const unknown = formats.filter((f) => !(REPORT_FORMATS as string[]).includes(f));
      const { exitCode } = await import("../exit-code.js");
      if (unknown.length || formats.length === 0) {
        const usage: Diagnostic[] = [
          {
            code: "report/unknown-format",
            severity: "error",
            message: `Định dạng không hỗ trợ: ${unknown.join(", ") || "(trống)"}.`,
            hint: "Dùng --format với docx, pdf, md, json, csv.",
          },
        ];
        await print(usage);
        ctx.setExit(exitCode(usage));
        return;
      }
      const { openProject } = await import("../../project/project.js");
      const { prepareReport } = await import("../../app/report.js");
      const project = openProject(ctx.io.cwd);
      const run = await prepareReport({ ...options, project });
      await print(run.diagnostics);
      if (!run.value) {
        ctx.setExit(exitCode(run.diagnostics));
        return;
      }
      const only = formats.length === 1 ? formats[0] : undefined;
      if ((only === "md" || only === "json" || only === "csv") && options.out === undefined) {
        ctx.io.stdout.write(dataText(only, run.value.data));
        ctx.setExit(exitCode(run.diagnostics));
        return;
      }
      const { writeReport } = await import("../../app/write-report.js");
      const written = await writeReport(run.value, formats as never, { project, out: options.out });
      await print(written.diagnostics);
      const all = [...run.diagnostics, ...written.diagnostics];
      if (written.diagnostics.some((d) => d.severity === "error")) {
        ctx.setExit(exitCode(all));
        return;
      }
      const { reportTerminal } = await import("../../report/formats/terminal.js");
      const tty = !!ctx.io.stdout.isTTY && !ctx.io.env.NO_COLOR;
      // Painted: its ids and measures were made visible before the colours went on.
      ctx.io.stdout.write(new PaintedText(reportTerminal(run.value.data, { tty })));
      for (const p of written.written) ctx.io.stdout.write(`Đã ghi ${p}\n`);
      ctx.setExit(exitCode(all));
    });
}
