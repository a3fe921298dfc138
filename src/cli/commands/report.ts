// `cai-cach report --quarter 1 [--year 2022] [--format docx,pdf|md|json|csv] [--out DIR]`:
// the periodic Báo cáo compiled from the activity logs. Thin: parses options, calls
// prepareReport / writeReport (src/report), prints, sets the exit code. Heavy modules load
// inside the action.
import type { Command } from "commander";
import { PaintedText } from "../../util/terminal-text.js";
import type { CommandContext } from "../io.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PeriodFlags } from "../../report/period-options.js";

/** The period flags are the report's own (period-options.ts); the rest are this command's. */
interface Options extends PeriodFlags {
  plan?: string;
  logs?: string;
  format: string;
  out?: string;
  notes?: boolean;
}

const NOTES_HELP = `
Ghi chú của kỳ (đánh giá, nguyên nhân, kiến nghị, số và ngày báo cáo) nằm ở reports/notes/<kỳ>.yaml,
ví dụ reports/notes/2022-Q1.yaml. Tạo tệp có sẵn các mục cần điền và các nội dung chậm tiến độ:
  cai-cach report --quarter 1 --notes
Ngày trong tùy chọn và trong ghi chú viết 15/3/2022 hoặc 2022-03-15; quý viết 1–4 hoặc I–IV.
`;

export function registerReport(program: Command, ctx: CommandContext): void {
  program
    .command("report")
    .description("lập báo cáo định kỳ từ nhật ký hoạt động (DOCX, PDF; số liệu md, json, csv)")
    .option("--quarter <n>", "quý 1–4 hoặc I–IV")
    .option("--half <n>", "6 tháng: 1 (đầu năm) hoặc 2 (cuối năm)")
    .option("--nine-months", "9 tháng")
    .option("--annual", "cả năm")
    .option("--month <n>", "tháng 1–12")
    .option("--from <ngày>", "đột xuất: từ ngày (15/3/2022 hoặc 2022-03-15)")
    .option("--to <ngày>", "đột xuất: đến ngày (15/3/2022 hoặc 2022-03-15)")
    .option("--year <năm>", "năm báo cáo (mặc định: năm của kế hoạch mới nhất trong plans/)")
    .option("--plan <tệp>", "tệp kế hoạch (mặc định: kế hoạch của năm báo cáo trong plans/)")
    .option("--logs <thư-mục>", "thư mục nhật ký (mặc định: logs/)")
    .option("-f, --format <định-dạng>", "docx, pdf, md, json, csv, xlsx (cách nhau bằng dấu phẩy)", "docx,pdf")
    .option("-o, --out <thư-mục>", "thư mục ghi kết quả (mặc định: out/); md, json, csv một mình thì in ra màn hình")
    .option("--notes", "không lập báo cáo: tạo tệp ghi chú của kỳ (reports/notes/<kỳ>.yaml) có sẵn các mục cần điền")
    .addHelpText("after", NOTES_HELP)
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
            hint: "Dùng --format với docx, pdf, md, json, csv, xlsx.",
          },
        ];
        await print(usage);
        ctx.setExit(exitCode(usage));
        return;
      }
      const { openProject } = await import("../../project/project.js");
      const { prepareReport } = await import("../../app/report.js");
      const project = openProject(ctx.io.cwd);
      // Today decides whether the period has ended (a provisional report says so).
      const { todayFrom } = await import("../../init/today.js");
      const today = todayFrom(ctx.io.env, Date.now()).value?.iso;
      const run = await prepareReport({ ...options, project, ...(today ? { today } : {}) });
      const shown = options.notes ? run.diagnostics.filter((d) => d.code !== "report/notes-missing") : run.diagnostics;
      await print(shown);
      if (!run.value) {
        ctx.setExit(exitCode(run.diagnostics));
        return;
      }
      if (options.notes) {
        const { writeNotesTemplate } = await import("../../app/report-notes.js");
        const made = await writeNotesTemplate(project, run.value, notesCommand(options));
        await print(made.diagnostics);
        if (made.written) ctx.io.stdout.write(`Đã tạo tệp ghi chú ${made.written}: điền các mục rồi chạy lại cai-cach report.\n`);
        ctx.setExit(exitCode([...shown, ...made.diagnostics]));
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
      const { planVersionLine } = await import("../../app/plan-at-period-end.js");
      const planShown = project.show(run.value.inputs[0]!);
      ctx.io.stdout.write(planVersionLine(run.value.planVersion, planShown, run.value.data.period.to));
      for (const p of written.written) ctx.io.stdout.write(`Đã ghi ${p}\n`);
      ctx.setExit(exitCode(all));
    });
}

/** The command that made a notes file, as the clerk would type it again. */
function notesCommand(o: Options): string {
  const flags = [
    o.quarter !== undefined ? `--quarter ${o.quarter}` : "",
    o.half !== undefined ? `--half ${o.half}` : "",
    o.nineMonths ? "--nine-months" : "",
    o.annual ? "--annual" : "",
    o.month !== undefined ? `--month ${o.month}` : "",
    o.from !== undefined ? `--from ${o.from} --to ${o.to ?? ""}` : "",
    o.year !== undefined ? `--year ${o.year}` : "",
  ].filter(Boolean);
  return `cai-cach report ${flags.join(" ")} --notes`;
}
