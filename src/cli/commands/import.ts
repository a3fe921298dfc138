// `cai-cach import <tệp.docx|.txt|.md> [--out plans/x.yaml] [--force]`: an existing document made a
// plan YAML. Thin: calls importFile (src/app/import.ts), prints, sets the exit code.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";

export function registerImport(program: Command, ctx: CommandContext): void {
  program
    .command("import")
    .description("nhập một văn bản có sẵn (Word .docx, văn bản .txt, Markdown .md) thành tệp kế hoạch YAML")
    .argument("<tệp>", "văn bản cần nhập")
    .option("-o, --out <tệp.yaml>", "tệp kế hoạch cần ghi (mặc định: plans/<tên tệp>.yaml)")
    .option("--force", "ghi đè tệp kế hoạch đã có")
    .action(async (input: string, options: { out?: string; force?: boolean }) => {
      const { io } = ctx;
      const { openProject } = await import("../../project/project.js");
      const { importFile } = await import("../../app/import.js");
      const result = await importFile({ project: openProject(io.cwd), input, out: options.out, force: options.force });
      const { printDiagnostics } = await import("../print-diagnostics.js");
      await printDiagnostics(io, result.diagnostics, result.value ? 1 : 0);
      if (result.value) {
        const { written, reviews } = result.value;
        io.stdout.write(`Đã ghi ${written}`);
        io.stdout.write(reviews ? ` (${reviews} chỗ cần kiểm tra: tìm "# kiểm tra:" trong tệp).\n` : ".\n");
      }
      const { exitCode } = await import("../exit-code.js");
      ctx.setExit(exitCode(result.diagnostics));
    });
}
