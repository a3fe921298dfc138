// `cai-cach init [dir]`: scaffolds an agency's repository (config, first plan, logs/, notes, CI
// workflow, README, package.json pinning cai-cach, pre-commit hook). Can be run again: writes only
// what is missing, `--force` replaces. `--hooks` only installs the pre-commit hook into a clone.
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
  force?: boolean;
  fromTarball?: string;
  fromGit?: string;
  lock?: boolean;
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
    .option("--force", "ghi đè các tệp đã có (mặc định: giữ nguyên, chỉ ghi tệp còn thiếu)")
    .option("--from-tarball <tệp.tgz>", "cài cai-cach từ tệp do npm pack tạo, chép vào vendor/ của kho")
    .option("--from-git <địa-chỉ>", "cài cai-cach từ một kho git, ví dụ git+https://…/cai-cach.git#v0.1.0")
    .option("--no-lock", "không tạo package-lock.json (tạo sau bằng npm install)")
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
        force: flags.force,
        fromTarball: flags.fromTarball,
        fromGit: flags.fromGit,
        lock: flags.lock,
      });
      if (!result.value) return await fail(ctx, result.diagnostics);
      const out = ctx.io.stdout;
      out.write(`Đã tạo ${result.value.written.length} tệp:\n`);
      for (const f of result.value.written) out.write(`  ${f}\n`);
      if (result.value.kept.length) {
        out.write(`Giữ nguyên ${result.value.kept.length} tệp đã có (thay bằng --force):\n`);
        for (const f of result.value.kept) out.write(`  ${f}\n`);
      }
      if (result.value.notes.length) {
        out.write("\nViệc cần làm tiếp:\n");
        for (const n of result.value.notes) out.write(`  - ${n}\n`);
      }
      if (!flags.hooks)
        out.write(
          `\nCài và kiểm tra kho vừa tạo: ${dir === "." ? "" : `cd ${/\s/.test(dir) ? JSON.stringify(dir) : dir} && `}npm ci && npx cai-cach check\n`,
        );
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
