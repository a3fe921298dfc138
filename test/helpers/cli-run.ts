// Runs the CLI in-process with a fake Io and reads back the diagnostics it printed, whatever the
// command's format: the shared stylish one ("file:line:col  lỗi  code"), the plain one of
// `report` ("file:line:col: lỗi [code] …") or `check --format json`.
import { main } from "../../src/cli/main.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env,
  });
  return { code, stdout, stderr };
}

export interface PrintedDiagnostic {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  severity: "error" | "warning";
}

const STYLISH = /^(.+?)(?::(\d+):(\d+))? {2}(lỗi|cảnh báo) {2}([a-z0-9-]+\/[a-z0-9-]+)\s*$/u;
const PLAIN = /^(?:(.+?)(?::(\d+)(?::(\d+))?)?: )?(lỗi|cảnh báo) \[([a-z0-9-]+\/[a-z0-9-]+)\]/u;

/** Every diagnostic printed on stdout or stderr (ANSI colours removed). */
export function printedDiagnostics(run: Pick<CliRun, "stdout" | "stderr">): PrintedDiagnostic[] {
  const found: PrintedDiagnostic[] = [];
  for (const stream of [run.stdout, run.stderr]) {
    const trimmed = stream.trim();
    if (trimmed.startsWith("{")) {
      try {
        const parsed = JSON.parse(trimmed) as { diagnostics?: PrintedDiagnostic[] };
        for (const d of parsed.diagnostics ?? [])
          found.push({ code: d.code, file: d.file, line: d.line, column: d.column, severity: d.severity });
        continue;
      } catch {
        // Not JSON after all: read it as lines.
      }
    }
    // eslint-disable-next-line no-control-regex
    for (const raw of stream.replace(/\u001b\[[0-9;]*m/g, "").split("\n")) {
      const m = STYLISH.exec(raw) ?? PLAIN.exec(raw);
      if (!m) continue;
      const file = m[1] === undefined || m[1] === "cai-cach" ? undefined : m[1];
      found.push({
        code: m[5]!,
        file,
        line: m[2] === undefined ? undefined : Number(m[2]),
        column: m[3] === undefined ? undefined : Number(m[3]),
        severity: m[4] === "lỗi" ? "error" : "warning",
      });
    }
  }
  return found;
}

/** Signs that an exception escaped to the user: stack frames or Node's "SomeError: …" lines. */
export function stackTraceIn(text: string): string | undefined {
  const frame = /^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$/mu.exec(text);
  if (frame) return frame[0];
  const error = /^(?:Uncaught )?(?:[A-Z][A-Za-z]*)?Error(?: \[[A-Z_]+\])?: /mu.exec(text);
  if (error) return error[0];
  if (/lỗi nội bộ|internal error/u.test(text)) return "internal error banner";
  return undefined;
}
