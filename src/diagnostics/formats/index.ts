// The output formats of `check`, by --format name. Each loads lazily (chalk only with colour).
// To add one (sarif, junit…), add an entry here and a module beside this one.
import type { Formatter } from "./types.js";

export type { Formatter, FormatContext } from "./types.js";

export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  github: async () => (await import("./github.js")).github,
  sarif: async () => (await import("./sarif.js")).sarif,
  junit: async () => (await import("./junit.js")).junit,
};

export function formatNames(): string[] {
  return Object.keys(FORMATTERS);
}

/** The formatter for a name (undefined when unknown); loads chalk only when colour is on. */
export async function getFormatter(name: string, opts: { color?: boolean } = {}): Promise<Formatter | undefined> {
  const load = FORMATTERS[name];
  if (!load) return undefined;
  if (opts.color) await (await import("./paint.js")).loadColour();
  return load();
}
