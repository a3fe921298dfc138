// `cai-cach diff <old> <new>` | `cai-cach diff <git-rev> <file>` | `cai-cach diff <file>`:
// what changed in a plan, in Vietnamese Markdown for the reviewer and the CI job summary.
// Exit 0 whenever the summary could be made (changes are not problems); 2 when it could not.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";
import { EXIT } from "../io.js";

export function registerDiff(program: Command, ctx: CommandContext): void {
  program
    .command("diff")
    .description("tóm tắt thay đổi giữa hai bản của một kế hoạch (Markdown tiếng Việt)")
    .argument("<cũ>", "tệp kế hoạch bản cũ, hoặc một phiên bản git (HEAD~1, main…)")
    .argument("[mới]", "tệp kế hoạch bản mới (bỏ trống: so tệp <cũ> với HEAD)")
    .addHelpText("after", "\nVí dụ:\n  cai-cach diff HEAD~1 plans/plan-2022.yaml\n  cai-cach diff cu.yaml moi.yaml\n")
    .action(async (first: string, second: string | undefined) => {
      const { diffVersions } = await import("../../app/diff.js");
      const { openProject } = await import("../../project/project.js");
      const { exitCode } = await import("../exit-code.js");
      const result = await diffVersions(first, second, { project: openProject(ctx.io.cwd) });
      if (result.value === undefined) {
        const { printDiagnostics } = await import("../print-diagnostics.js");
        await printDiagnostics(ctx.io, result.diagnostics);
        // A version that could not be read or parsed is the diff's only way to fail.
        ctx.setExit(exitCode(result.diagnostics));
        return;
      }
      ctx.io.stdout.write(result.value.endsWith("\n") ? result.value : `${result.value}\n`);
      ctx.setExit(EXIT.ok);
    });
}
