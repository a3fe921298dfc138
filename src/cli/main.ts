// Entry of every command: parses argv with commander and returns an exit code.
// Only bin/cai-cach.js touches `process`. Each command lives in src/cli/commands/<name>.ts and
// registers itself; a command file imports nothing heavy at top level (the DOCX and PDF
// libraries load only inside render/report actions), so `check` stays fast.

import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { type CommandContext, EXIT, type Io } from "./io.js";
import { registerCommands } from "./commands/index.js";

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const ctx: CommandContext = { io, setExit: (code) => (exitCode = code) };
  const program = new Command("cai-cach")
    .description("Kế hoạch, báo cáo cải cách hành chính dưới dạng mã (Nghị định 30/2020/NĐ-CP)")
    // Not .version(string): package.json is read only when the version is asked for.
    .option("-V, --version", "in phiên bản")
    .on("option:version", () => {
      io.stdout.write(`${version()}\n`);
      throw new CommanderError(0, "commander.version", "(version)");
    })
    .helpOption("-h, --help", "hiện trợ giúp")
    .addHelpCommand("help [lệnh]", "hiện trợ giúp của một lệnh")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  registerCommands(program, ctx);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes with 2.
      return err.exitCode === 0 ? EXIT.ok : EXIT.couldNotRun;
    }
    io.stderr.write(
      "cai-cach: lỗi nội bộ, xin hãy báo lại cho người bảo trì (internal error, please report):\n" +
        (err instanceof Error ? (err.stack ?? err.message) : String(err)) +
        "\n",
    );
    return EXIT.internal;
  }
  return exitCode;
}

/** The package's version: package.json sits two folders above both src/cli/ and dist/cli/. */
function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "?";
}
