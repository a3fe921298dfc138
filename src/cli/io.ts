// What a command may touch of the outside world; tests pass their own.
import type { PaintedText } from "../util/terminal-text.js";

/** A stream: text, or coloured text from the painter (main.ts's guard turns both into safe strings). */
export interface OutStream {
  write(s: string | PaintedText): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  cwd: string;
  env: Record<string, string | undefined>;
  /** SIGINT and SIGTERM, passed on by the entry point (the process); `preview` stops on them. */
  signals?: {
    once(signal: "SIGINT" | "SIGTERM", listener: () => void): unknown;
    off(signal: "SIGINT" | "SIGTERM", listener: () => void): unknown;
  };
}

/** Exit codes (documented in the README). */
export const EXIT = {
  ok: 0,
  problems: 1,
  couldNotRun: 2,
  internal: 70,
} as const;

/** What a command's action receives: the outside world and where to put its exit code. */
export interface CommandContext {
  io: Io;
  /** Set by an action: the exit code of the run. */
  setExit(code: number): void;
}
