// `cai-cach init [dir]`: scaffolds an agency's repository (config, first plan, logs/, CI
// workflow, README, pre-commit hook). Never overwrites: if any file exists, nothing is written
// and it exits 2. `--hooks` only installs the pre-commit hook into an existing clone.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";
import { EXIT } from "../io.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

interface InitFlags {
  agency?: string;
  abbreviation?: string;
  parent?: string;
  parentAbbreviation?: string;
  place?: string;
  from?: string;
  year?: string;
  hooks?: boolean;
}

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command("init")
    .description("khởi tạo kho kế hoạch của một cơ quan (cấu hình, kế hoạch đầu tiên, nhật ký, CI)")
    .argument("[thư-mục]", "thư mục của kho (mặc định: thư mục hiện tại)", ".")
    .option("--agency <tên>", 'tên cơ quan ban hành, ví dụ "Sở Nội vụ"')
    .option("--abbreviation <chữ>", "chữ viết tắt của cơ quan, dùng trong ký hiệu văn bản, ví dụ SNV")
    .option("--parent <tên>", 'tên cơ quan chủ quản, ví dụ "Ủy ban nhân dân tỉnh Đồng Nai"')
    .option("--parent-abbreviation <chữ>", "chữ viết tắt của cơ quan chủ quản, ví dụ UBND")
    .option("--place <địa danh>", "địa danh ghi trước ngày tháng, ví dụ Đồng Nai")
    .option("--from <kế-hoạch.yaml>", "tạo kế hoạch mới từ kế hoạch năm trước (chuyển sang năm sau)")
    .option("--year <năm>", "năm của kế hoạch mới (mặc định: năm nay, hoặc năm sau năm của --from)")
    .option("--hooks", "chỉ cài bước kiểm tra trước khi lưu (pre-commit) vào kho git hiện có")
    .action(async (dir: string, flags: InitFlags) => {
      const { todayFrom } = await import("../../init/today.js");
      const { initRepository } = await import("../../app/init.js");
      const today = todayFrom(ctx.io.env, Date.now());
      const year = flags.year === undefined ? undefined : /^\d{4}$/.test(flags.year) ? Number(flags.year) : NaN;
      if (!today.value || Number.isNaN(year)) {
        const d: Diagnostic[] = today.value
          ? [{ code: "init/bad-year", severity: "error", message: `Năm "${flags.year}" không hợp lệ.`, hint: "Ví dụ: --year 2026" }]
          : today.diagnostics;
        return await fail(ctx, d);
      }
      const result = await initRepository({
        cwd: ctx.io.cwd,
        dir,
        today: today.value,
        year,
        hooksOnly: flags.hooks,
        agency: flags.agency,
        abbreviation: flags.abbreviation,
        parent: flags.parent,
        parentAbbreviation: flags.parentAbbreviation,
        place: flags.place,
        from: flags.from,
      });
      if (!result.value) return await fail(ctx, result.diagnostics);
      const out = ctx.io.stdout;
      out.write(`Đã tạo ${result.value.written.length} tệp:\n`);
      for (const f of result.value.written) out.write(`  ${f}\n`);
      if (result.value.notes.length) {
        out.write("\nViệc cần làm tiếp:\n");
        for (const n of result.value.notes) out.write(`  - ${n}\n`);
      }
      if (!flags.hooks)
        out.write(`\nKiểm tra kho vừa tạo: ${dir === "." ? "" : `cd ${/\s/.test(dir) ? JSON.stringify(dir) : dir} && `}cai-cach check\n`);
      ctx.setExit(EXIT.ok);
    });
}

/** Diagnostics as `check` prints them, on stderr; the exit code from them (2 for every init failure). */
async function fail(ctx: CommandContext, diagnostics: Diagnostic[]): Promise<void> {
  const { printDiagnostics } = await import("../print-diagnostics.js");
  await printDiagnostics(ctx.io, diagnostics);
  const { exitCode } = await import("../exit-code.js");
  ctx.setExit(exitCode(diagnostics));
}
