// `cai-cach log list|remove|undo`: see the entries with their numbers, take one back. Thin.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";

export function registerLogEdit(log: Command, ctx: CommandContext): void {
  const project = async () => (await import("../../project/project.js")).openProject(ctx.io.cwd);
  const done = async (run: {
    diagnostics: import("../../diagnostics/diagnostic.js").Diagnostic[];
    written?: string;
    removed: unknown[];
  }) => {
    const { printDiagnostics } = await import("../print-diagnostics.js");
    const { exitCode } = await import("../exit-code.js");
    const { entryLines } = await import("../../report/formats/log-list.js");
    await printDiagnostics(ctx.io, run.diagnostics);
    if (run.written) {
      ctx.io.stdout.write(`Đã xóa ${run.removed.length} mục khỏi ${run.written}:\n`);
      for (const line of entryLines(run.removed as never)) ctx.io.stdout.write(`  ${line}\n`);
    } else ctx.io.stderr.write("Chưa xóa gì.\n");
    ctx.setExit(exitCode(run.diagnostics));
  };
  log
    .command("list")
    .description("liệt kê các mục nhật ký kèm số thứ tự (để log remove)")
    .option("--unit <đơn-vị>", "chỉ đơn vị này (mã, chữ viết tắt hoặc tên)")
    .option("--item <mã>", "chỉ các mục ghi cho mã mục kế hoạch này")
    .option("--quarter <quý>", "chỉ quý này (1–4 hoặc I–IV)")
    .option("--month <n>", "chỉ tháng này")
    .option("--half <n>", "chỉ 6 tháng này (1 hoặc 2)")
    .option("--from <ngày>", "từ ngày (dd/mm/yyyy)")
    .option("--to <ngày>", "đến ngày (dd/mm/yyyy)")
    .option("--year <năm>", "năm báo cáo")
    .action(async (o: Record<string, string | undefined>) => {
      const { listEntries } = await import("../../app/log-edit.js");
      const { printDiagnostics } = await import("../print-diagnostics.js");
      const { exitCode } = await import("../exit-code.js");
      const { listText } = await import("../../report/formats/log-list.js");
      const run = await listEntries(await project(), o);
      await printDiagnostics(ctx.io, run.diagnostics);
      ctx.io.stdout.write(listText(run.entries));
      ctx.setExit(exitCode(run.diagnostics));
    });
  log
    .command("remove")
    .description("xóa một mục nhật ký theo số thứ tự của log list")
    .argument("<số>", "số của mục (cột # của log list)")
    .action(async (n: string) => {
      const { removeEntry } = await import("../../app/log-edit.js");
      await done(await removeEntry(await project(), n));
    });
  log
    .command("undo")
    .description("hoàn tác lần ghi gần nhất (log add, log import): xóa các mục vừa ghi")
    .action(async () => {
      const { undoLastWrite } = await import("../../app/log-edit.js");
      await done(await undoLastWrite(await project()));
    });
}
