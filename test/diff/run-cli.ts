// Runs the CLI in-process (main(argv, io)) and captures what it printed.
import { main } from "../../src/cli/main.js";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd,
    env: { NO_COLOR: "1", ...env },
  });
  return { code, stdout, stderr };
}
