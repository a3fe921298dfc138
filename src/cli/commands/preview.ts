// `cai-cach preview [plan.yaml] [--port N] [--open]`: the plan as a live page on 127.0.0.1, and
// the report dashboard at /report. Thin: parses options, starts the use-case (src/app/preview),
// prints where it listens, waits for Ctrl-C (SIGINT) or SIGTERM, stops cleanly. Nothing heavy
// at top level: the server, the watcher and the writers load inside the action.
import type { Command } from "commander";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { CommandContext, Io } from "../io.js";

/** Resolves on the first SIGINT or SIGTERM the entry point passes on (never, without signals). */
function stopSignal(io: Io): Promise<string> {
  return new Promise((resolve) => {
    const signals = io.signals;
    if (!signals) return;
    const stop = (name: "SIGINT" | "SIGTERM") => () => {
      signals.off("SIGINT", onInt);
      signals.off("SIGTERM", onTerm);
      resolve(name);
    };
    const onInt = stop("SIGINT");
    const onTerm = stop("SIGTERM");
    signals.once("SIGINT", onInt);
    signals.once("SIGTERM", onTerm);
  });
}

export function registerPreview(program: Command, ctx: CommandContext): void {
  program
    .command("preview")
    .description("xem trước kế hoạch như văn bản xuất ra và báo cáo tiến độ, trên trình duyệt (tự cập nhật khi lưu tệp)")
    .argument("[kế-hoạch.yaml]", "tệp kế hoạch (mặc định: kế hoạch cuối cùng trong plans/)")
    .option("--port <cổng>", "cổng trên 127.0.0.1 (mặc định: một cổng trống)")
    .option("--open", "mở trình duyệt")
    .action(async (plan: string | undefined, options: { port?: string; open?: boolean }) => {
      const { io } = ctx;
      const { printDiagnostics } = await import("../print-diagnostics.js");
      const { exitCode } = await import("../exit-code.js");
      const fail = async (ds: Diagnostic[]): Promise<void> => {
        await printDiagnostics(io, ds);
        ctx.setExit(exitCode(ds));
      };
      const port = options.port === undefined ? 0 : /^\d{1,5}$/.test(options.port) ? Number(options.port) : Number.NaN;
      if (!(port >= 0 && port <= 65535)) {
        return fail([
          {
            code: "preview/port-unavailable",
            severity: "error",
            message: `Cổng "${options.port}" không hợp lệ.`,
            hint: "Cổng là một số từ 1 đến 65535, ví dụ --port 8080; bỏ --port để cai-cach tự chọn.",
          },
        ]);
      }
      const { startPreview } = await import("../../app/preview/preview.js");
      const started = await startPreview({ cwd: io.cwd, plan, port, log: (line) => io.stdout.write(`${line}\n`) });
      await printDiagnostics(io, started.diagnostics);
      if (!started.value) {
        ctx.setExit(exitCode(started.diagnostics));
        return;
      }
      const session = started.value;
      io.stdout.write(`Xem trước: ${session.url}\nBáo cáo:   ${session.url}report\nNhấn Ctrl-C để dừng.\n`);
      if (options.open) {
        const { openBrowser } = await import("../../app/preview/open-browser.js");
        openBrowser(session.url, io.env);
      }
      await stopSignal(io);
      await session.close();
      io.stdout.write("Đã dừng cai-cach preview.\n");
      ctx.setExit(0);
    });
}
