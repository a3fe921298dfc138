// The shared in-process runner (test/helpers/cli-run.ts), with colour off unless a test asks.
import { runCli as run, type CliRun } from "../helpers/cli-run.js";

export type Run = CliRun;

export const runCli = (argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Run> =>
  run(argv, cwd, { NO_COLOR: "1", ...env });
