// `cai-cach items [--year Y] [--format text|json|csv]`: the plan's ids, numbers, titles, units,
// targets and progress, for unit staff who log work without reading the YAML. Thin.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";

export function registerItems(program: Command, ctx: CommandContext): void {
  program
    .command("items")
    .description("liệt kê các mục có mã của kế hoạch: mã, số mục (II.1.a), tên, đơn vị, chỉ tiêu, tiến độ")
    .option("--year <năm>", "năm kế hoạch (mặc định: năm mới nhất trong plans/)")
    .option("-f, --format <định-dạng>", "text, json hoặc csv", "text")
    .action(async (o: { year?: string; format: string }) => {
      const { printDiagnostics } = await import("../print-diagnostics.js");
      const { exitCode } = await import("../exit-code.js");
      const format = o.format.trim().toLowerCase();
      if (!["text", "json", "csv"].includes(format)) {
        const usage = [
          {
            code: "items/unknown-format" as const,
            severity: "error" as const,
            message: `Định dạng không hỗ trợ: ${o.format}.`,
            hint: "Dùng --format text, json hoặc csv.",
          },
        ];
        await printDiagnostics(ctx.io, usage);
        ctx.setExit(exitCode(usage));
        return;
      }
      const { openProject } = await import("../../project/project.js");
      const { listItems } = await import("../../app/items.js");
      const run = await listItems(openProject(ctx.io.cwd), o.year);
      await printDiagnostics(ctx.io, run.diagnostics);
      if (run.year !== undefined) {
        const f = await import("../../report/formats/items-list.js");
        ctx.io.stdout.write(
          format === "json" ? f.itemsJson(run.year, run.rows) : format === "csv" ? f.itemsCsv(run.rows) : f.itemsText(run.year, run.rows),
        );
      }
      ctx.setExit(exitCode(run.diagnostics));
    });
}
