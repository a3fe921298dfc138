// `cai-cach log add|import|list|remove|undo`: enter and fix activity-log entries without editing
// YAML by hand. Thin: parses options, calls src/app/log.ts or src/app/log-edit.ts, prints, exits.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { registerLogEdit } from "./log-edit.js";

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerLog(program: Command, ctx: CommandContext): void {
  const log = program.command("log").description("ghi nhật ký hoạt động (thêm, nhập từ Excel/CSV, liệt kê, xóa, hoàn tác)");
  const finish = async (run: { diagnostics: Diagnostic[]; written?: string; count: number; skipped?: number }): Promise<void> => {
    const { printDiagnostics } = await import("../print-diagnostics.js");
    const { exitCode } = await import("../exit-code.js");
    await printDiagnostics(ctx.io, run.diagnostics);
    const skipped = run.skipped ? ` (${run.skipped} mục đã có, bỏ qua)` : "";
    if (run.written) ctx.io.stdout.write(`Đã ghi ${run.count} mục vào ${run.written}${skipped}\n`);
    else if (run.skipped && !run.diagnostics.some((d) => d.severity === "error"))
      ctx.io.stdout.write(`Không có mục mới: ${run.skipped} mục đã có, bỏ qua.\n`);
    else ctx.io.stderr.write("Chưa ghi gì: sửa các lỗi trên rồi chạy lại.\n");
    ctx.setExit(exitCode(run.diagnostics));
  };
  const project = async () => (await import("../../project/project.js")).openProject(ctx.io.cwd);
  log
    .command("add")
    .description("thêm một mục vào nhật ký (kiểm tra trước khi ghi; không sửa phần đã có của tệp)")
    .requiredOption("--date <ngày>", "ngày thực hiện: 2022-01-05 hoặc 05/01/2022")
    .requiredOption("--item <mã>", "mã mục kế hoạch (lặp lại hoặc cách nhau bằng dấu phẩy; xem cai-cach items)", collect)
    .option("--unit <đơn-vị>", "đơn vị thực hiện: mã (tchc), chữ viết tắt (TCHC) hoặc tên (Phòng Tổ chức – Hành chính)")
    .requiredOption("--summary <nội-dung>", "việc đã làm")
    .option(
      "--quantity <số-lượng>",
      'số lượng kèm đơn vị tính, ví dụ "12 tin/bài"; số trơn "12" lấy đơn vị tính của chỉ tiêu (lặp lại được)',
      collect,
    )
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
      "nhập các mục từ bảng tính Excel (.xlsx) hoặc CSV (tiêu đề: Ngày, Mục kế hoạch, Đơn vị, Nội dung, Số lượng, Đơn vị tính, Kinh phí, Minh chứng, Ghi chú; cột khác như STT được bỏ qua); có dòng sai thì không nhập gì; mục đã có thì bỏ qua",
    )
    .argument("[tệp]", "bảng tính .xlsx hoặc .csv")
    .option("--into <tệp>", "tệp nhật ký nhận các mục (mặc định: logs/<tên bảng tính>.yaml)")
    .option("--unit <đơn-vị>", "đơn vị của các dòng không ghi đơn vị: mã, chữ viết tắt hoặc tên")
    .option("--template <tệp.xlsx>", "không nhập: ghi một bảng tính mẫu có danh sách chọn mã mục và đơn vị")
    .option("--year <năm>", "với --template: năm kế hoạch (mặc định: năm mới nhất)")
    .action(async (file: string | undefined, o: { into?: string; unit?: string; template?: string; year?: string }) => {
      const app = await import("../../app/log.js");
      if (o.template !== undefined) {
        const run = await app.logTemplate(o.template, o.year, await project());
        const { printDiagnostics } = await import("../print-diagnostics.js");
        const { exitCode } = await import("../exit-code.js");
        await printDiagnostics(ctx.io, run.diagnostics);
        if (run.written) ctx.io.stdout.write(`Đã ghi bảng tính mẫu ${run.written}\n`);
        ctx.setExit(exitCode(run.diagnostics));
        return;
      }
      if (file === undefined) {
        const { CommanderError } = await import("commander");
        throw new CommanderError(2, "commander.missingArgument", "error: missing required argument 'tệp'");
      }
      await finish(await app.logImport(file, o.into, await project(), o.unit));
    });
  registerLogEdit(log, ctx);
}
