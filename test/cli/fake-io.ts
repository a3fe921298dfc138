// An Io for in-process CLI tests: captures stdout and stderr.
import type { Io } from "../../src/cli/io.js";

export function fakeIo(opts: {
  cwd: string;
  tty?: boolean;
  env?: Record<string, string | undefined>;
}): Io & { out(): string; err(): string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    cwd: opts.cwd,
    env: opts.env ?? {},
    out: () => out,
    err: () => err,
  };
}
