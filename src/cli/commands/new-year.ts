// `cai-cach new-year [--from plans/plan-2022.yaml] [--year 2023] [--force]`: next year's plan as a
// draft, and logs/<year>/. Thin: calls newYear (src/app/new-year.ts), prints, sets the exit code.
import type { Command } from "commander";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { CommandContext } from "../io.js";

export function registerNewYear(program: Command, ctx: CommandContext): void {
  program
    .command("new-year")
    .description("tạo kế hoạch năm sau (bản dự thảo) từ kế hoạch năm nay, và thư mục nhật ký của năm mới")
    .option("--from <kế-hoạch.yaml>", "kế hoạch năm nay (mặc định: kế hoạch có năm mới nhất trong plans/)")
    .option("--year <năm>", "năm của kế hoạch mới (mặc định: năm sau năm của kế hoạch cũ)")
    .option("--force", "ghi đè kế hoạch năm mới nếu đã có")
    .action(async (options: { from?: string; year?: string; force?: boolean }) => {
      const { io } = ctx;
      const { printDiagnostics } = await import("../print-diagnostics.js");
      const { exitCode } = await import("../exit-code.js");
      const year = options.year === undefined ? undefined : /^\d{4}$/.test(options.year) ? Number(options.year) : Number.NaN;
      if (Number.isNaN(year)) {
        const d: Diagnostic[] = [
          { code: "init/bad-year", severity: "error", message: `Năm "${options.year}" không hợp lệ.`, hint: "Ví dụ: --year 2027" },
        ];
        await printDiagnostics(io, d);
        return ctx.setExit(exitCode(d));
      }
      const { openProject } = await import("../../project/project.js");
      const { newYear } = await import("../../app/new-year.js");
      const result = await newYear({ project: openProject(io.cwd), from: options.from, year, force: options.force });
      await printDiagnostics(io, result.diagnostics);
      if (result.value) {
        io.stdout.write(`Đã tạo ${result.value.written.length} tệp:\n`);
        for (const f of result.value.written) io.stdout.write(`  ${f}\n`);
        io.stdout.write("\nViệc cần làm tiếp:\n");
        for (const n of result.value.notes) io.stdout.write(`  - ${n}\n`);
      }
      ctx.setExit(exitCode(result.diagnostics));
    });
}
