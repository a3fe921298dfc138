// What a command may touch of the outside world; tests pass their own.
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes (documented in the README). */
export const EXIT = {
  ok: 0,
  problems: 1,
  couldNotRun: 2,
  internal: 70,
} as const;
