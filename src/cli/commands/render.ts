// `cai-cach render <plan.yaml…> [--format docx,pdf,md] [--out DIR]`: the plan as the official
// Decree 30 document. Thin: parses options, calls renderPlans (src/render), prints, sets exit.
// Nothing heavy at top level: the renderer (docx, pdfkit, handlebars) loads inside the action.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

export function registerRender(program: Command, ctx: CommandContext): void {
  program
    .command("render")
    .description("xuất kế hoạch thành văn bản theo Nghị định 30/2020/NĐ-CP (DOCX, PDF, Markdown, HTML)")
    .argument("<kế-hoạch.yaml...>", "tệp kế hoạch; tên không kèm thư mục được tìm cả trong plans/")
    .option("-f, --format <định-dạng>", "các định dạng, cách nhau bằng dấu phẩy: docx, pdf, md, html (mặc định: docx,pdf)")
    .option("-o, --out <thư-mục>", "thư mục ghi kết quả (mặc định: out/ ở gốc dự án)")
    .action(async (inputs: string[], options: { format?: string; out?: string }) => {
      const { io } = ctx;
      const { isFormat } = await import("../../write/writers.js");
      // Diagnostics as `check` prints them (file:line:col, code frame, hint), on stderr.
      const { printDiagnostics } = await import("../print-diagnostics.js");
      const print = (diagnostics: Diagnostic[], plans: number): Promise<void> => printDiagnostics(io, diagnostics, plans);
      const requested = (options.format ?? "docx,pdf")
        .split(",")
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== "");
      const unknown = requested.filter((f) => !isFormat(f));
      const { exitCode } = await import("../exit-code.js");
      if (unknown.length || requested.length === 0) {
        const usage: Diagnostic[] = [
          {
            code: "render/unknown-format",
            severity: "error",
            message: `Định dạng không hỗ trợ: ${unknown.join(", ") || "(trống)"}.`,
            hint: "Dùng --format với docx, pdf, md, html, ví dụ --format docx,pdf.",
          },
        ];
        await print(usage, 0);
        ctx.setExit(exitCode(usage));
        return;
      }
      const { openProject } = await import("../../project/project.js");
      const formats = [...new Set(requested)].filter(isFormat);
      const { renderPlans } = await import("../../app/render.js");
      const result = await renderPlans(inputs, { project: openProject(io.cwd), formats, out: options.out });
      await print(result.diagnostics, inputs.length);
      for (const path of result.written) io.stdout.write(`${path}\n`);
      ctx.setExit(exitCode(result.diagnostics));
    });
}
