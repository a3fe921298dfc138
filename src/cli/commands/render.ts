// `cai-cach render`: placeholder until its issue is built; says so and exits 2.
import type { Command } from "commander";
import type { CommandContext } from "../main.js";
import { EXIT } from "../io.js";

export function registerRender(program: Command, ctx: CommandContext): void {
  program
    .command("render")
    .description("(chưa có)")
    .allowUnknownOption()
    .action(() => {
      ctx.io.stderr.write("cai-cach render: lệnh này chưa được xây dựng.\n");
      ctx.setExit(EXIT.couldNotRun);
    });
}
