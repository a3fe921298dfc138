// The fast path of loading: the data without positions, for the common case of a plan with no
// problem. Positions are only needed when something is wrong, so a clean plan never loads the
// `yaml` package (~80 ms to import); on any problem the caller re-reads the text with
// load-yaml.ts, which reports every error with its line and column.
//
// First plain-yaml.ts (the subset plans are written in, no import cost); when it bails, js-yaml
// (one module, ~20 ms), except where only the full path is safe.
import { BAIL, plainYaml } from "./plain-yaml.js";

/**
 * The data, or undefined when the fast path must not decide: parse errors, anchors and aliases
 * (validating an alias graph could take exponential time; load-yaml.ts limits them), merge keys,
 * tags, tabs.
 */
export async function fastParse(text: string): Promise<{ data: unknown } | undefined> {
  const plain = plainYaml(text);
  if (plain !== BAIL) return { data: plain };
  if (/(^|[\s[{,])[&*!][^\s]/m.test(text) || text.includes("<<") || text.includes("\t")) return undefined;
  try {
    const { load } = await import("js-yaml");
    return { data: load(text) };
  } catch {
    return undefined;
  }
}
