// `cai-cach log add …` and `cai-cach log import file.csv`: enter activity-log entries without
// editing YAML by hand. Thin: parses options, calls src/logs/log-commands.ts, prints, exits.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerLog(program: Command, ctx: CommandContext): void {
  const log = program.command("log").description("ghi nhật ký hoạt động (thêm một mục, nhập từ bảng tính CSV)");
  const finish = async (run: { diagnostics: Diagnostic[]; written?: string; count: number }): Promise<void> => {
    const { printDiagnostics } = await import("../print-diagnostics.js");
    const { exitCode } = await import("../exit-code.js");
    await printDiagnostics(ctx.io, run.diagnostics);
    if (run.written) ctx.io.stdout.write(`Đã ghi ${run.count} mục vào ${run.written}\n`);
    else ctx.io.stderr.write("Chưa ghi gì: sửa các lỗi trên rồi chạy lại.\n");
    ctx.setExit(exitCode(run.diagnostics));
  };
  const project = async () => (await import("../../project/project.js")).openProject(ctx.io.cwd);
  log
    .command("add")
    .description("thêm một mục vào nhật ký (kiểm tra trước khi ghi; không sửa phần đã có của tệp)")
    .requiredOption("--date <ngày>", "ngày thực hiện: 2022-01-05 hoặc 05/01/2022")
    .requiredOption("--item <mã>", "mã mục kế hoạch (lặp lại hoặc cách nhau bằng dấu phẩy)", collect)
    .option("--unit <mã>", "mã đơn vị thực hiện")
    .requiredOption("--summary <nội-dung>", "việc đã làm")
    .option("--quantity <số-lượng>", 'số lượng kèm đơn vị tính, ví dụ "12 tin/bài" (lặp lại được)', collect)
    .option("--participants <n>", "số người tham dự")
    .option("--reach <n>", "số lượt tiếp cận")
    .option("--cost <đồng>", "kinh phí (đồng)")
    .option("--evidence <minh-chứng>", "đường dẫn hoặc tệp minh chứng")
    .option("--note <ghi-chú>", "ghi chú")
    .option("--file <tệp>", "tệp nhật ký (mặc định: logs/<năm>/<đơn vị>.yaml)")
    .action(
      async (o: {
        date: string;
        item: string[];
        unit?: string;
        summary: string;
        quantity?: string[];
        participants?: string;
        reach?: string;
        cost?: string;
        evidence?: string;
        note?: string;
        file?: string;
      }) => {
        const { logAdd } = await import("../../app/log.js");
        await finish(await logAdd({ ...o, items: o.item.join(",") }, await project()));
      },
    );
  log
    .command("import")
    .description(
      "nhập các mục từ tệp CSV (tiêu đề: Ngày, Mục kế hoạch, Đơn vị, Nội dung, Số lượng, Đơn vị tính, Kinh phí, Minh chứng, Ghi chú); có dòng sai thì không nhập gì",
    )
    .argument("<tệp.csv>", "bảng tính lưu dạng CSV (UTF-8)")
    .option("--into <tệp>", "tệp nhật ký nhận các mục (mặc định: logs/<tên tệp CSV>.yaml)")
    .action(async (csv: string, o: { into?: string }) => {
      const { logImport } = await import("../../app/log.js");
      await finish(await logImport(csv, o.into, await project()));
    });
}
