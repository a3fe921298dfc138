// The fast path of loading: js-yaml (one small module, ~10 ms to import, against ~80 ms for the
// `yaml` package) gives the data without positions. Positions are only needed when something is
// wrong, so a plan that checks clean never loads `yaml`; on any problem the caller re-reads the
// text with load-yaml.ts, which reports every error with its line and column.
import { load } from "js-yaml";

/**
 * The data, or undefined when the fast path must not decide: parse errors, anchors and aliases
 * (validating an alias graph could take exponential time; load-yaml.ts limits them), merge keys,
 * tabs, several documents.
 */
export function fastParse(text: string): { data: unknown } | undefined {
  if (/(^|[\s[{,])[&*!][^\s]/m.test(text) || text.includes("<<") || text.includes("\t")) return undefined;
  try {
    return { data: load(text) };
  } catch {
    return undefined;
  }
}
