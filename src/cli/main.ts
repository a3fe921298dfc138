// Entry of every command: parses argv with commander and returns an exit code.
// Only bin/cai-cach.js touches `process`. Each command lives in src/cli/commands/<name>.ts and
// registers itself; a command file imports nothing heavy at top level (the DOCX and PDF
// libraries load only inside render/report actions), so `check` stays fast.

import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { type CommandContext, EXIT, type Io, type OutStream } from "./io.js";
import { registerCommands } from "./commands/index.js";
import { PaintedText, terminalSafe, visible } from "../util/terminal-text.js";
import { usageDiagnostic, VIETNAMESE_HELP } from "./usage-error.js";
import { printDiagnostics } from "./print-diagnostics.js";

/**
 * The streams every command writes to, guarded: no control character from an input reaches the
 * terminal raw (util/terminal-text.ts). Plain text has every ESC shown, never obeyed; only text
 * the painter coloured (PaintedText, its input fields made visible first) keeps its colours, and
 * only where colour is on.
 */
function guarded(io: Io): Io {
  const guard = (stream: OutStream): OutStream => {
    const colour = stream.isTTY === true && !io.env.NO_COLOR;
    return {
      write: (s) => stream.write(s instanceof PaintedText ? terminalSafe(s.text, { colour }) : typeof s === "string" ? visible(s) : s),
      ...(stream.isTTY !== undefined ? { isTTY: stream.isTTY } : {}),
    };
  };
  return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr) };
}

export async function main(argv: string[], rawIo: Io): Promise<number> {
  const io = guarded(rawIo);
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
    .configureHelp(VIETNAMESE_HELP)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage mistakes are printed as diagnostics below, in Vietnamese; help shown on error still prints.
      outputError: () => undefined,
    });
  registerCommands(program, ctx);
  // Before any command but init: a config that cannot be read at all stops every command alike.
  program.hook("preAction", async (_program, command) => {
    if (command.name() === "init") return;
    const { unreadableConfig } = await import("../app/config-gate.js");
    const problems = unreadableConfig(io.cwd);
    if (problems.length === 0) return;
    await printDiagnostics(io, problems);
    throw new CommanderError(EXIT.couldNotRun, "cai-cach.config", "(config unreadable)");
  });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes with 2.
      const usage = usageDiagnostic(err);
      if (usage) await printDiagnostics(io, [usage]);
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
