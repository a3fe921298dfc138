// The one small reader for the plain YAML that cai-cach's inputs are written in — plans, the
// config, report notes and activity logs: block mappings and sequences, one-line plain and
// quoted scalars, one-line flow [a, b] / { k: v } (nested), comments. Why: `check` must start
// about as fast as node itself (importing a full YAML parser costs more than all the rest of
// `check`), and a province's logs reach 100,000 entries (`farm-bench`, 100,000 entries in 48
// files: this reader 1.2 s of CPU, js-yaml 3.1 s). It is conservative: on anything outside that
// subset (anchors, aliases, tags, block scalars, multi-line scalars, unusual escapes and number
// spellings, tabs, duplicate keys, document markers…) it returns BAIL and the caller uses a full
// parser. Tests compare it with the `yaml` package on random documents and logs.

import { flowLine } from "./plain-yaml-flow.js";
import { Bail, bail, plain, scalar, unquote } from "./plain-yaml-scalars.js";

export const BAIL: unique symbol = Symbol("bail");

interface Line {
  indent: number;
  /** Text after the indentation, trailing spaces removed. */
  text: string;
}

/** Parses `source` or returns BAIL when it is not in the subset this reader understands. */
export function plainYaml(source: string): unknown | typeof BAIL {
  if (source.includes("\t") || /\r(?!\n)/.test(source)) return BAIL;
  try {
    const s = new Lines(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
    if (s.line?.indent !== 0) return BAIL;
    const value = parseNode(s, 0);
    return s.line === undefined ? value : BAIL;
  } catch (err) {
    // Deeply nested flow collections exhaust the stack of this recursive reader: not the subset
    // inputs are written in, so the full parser decides (and reports them with a position).
    if (err instanceof Bail || err instanceof RangeError) return BAIL;
    throw err;
  }
}

/**
 * The significant lines (not blank, not comments), one at a time: no array of 1.3 million
 * line objects for a 100,000-entry log, so memory stays close to the text and the result.
 */
class Lines {
  line: Line | undefined;
  private pos = 0;
  constructor(private readonly text: string) {
    this.advance();
  }
  advance(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const start = this.pos;
      let end = t.indexOf("\n", start);
      if (end < 0) end = t.length;
      this.pos = end + 1;
      let indent = 0;
      while (t.charCodeAt(start + indent) === 32) indent++;
      const from = start + indent;
      let stop = end;
      while (stop > from && (t.charCodeAt(stop - 1) === 32 || t.charCodeAt(stop - 1) === 13)) stop--;
      if (stop === from || t.charCodeAt(from) === 35 /* # */) continue;
      const text = t.slice(from, stop);
      if (text === "---" || text === "..." || text.startsWith("--- ") || text.startsWith("%")) bail();
      this.line = { indent, text };
      return;
    }
    this.line = undefined;
  }
}

function parseNode(s: Lines, indent: number): unknown {
  const first = s.line!;
  if (first.indent !== indent) bail();
  return isDash(first.text) ? parseSequence(s, indent) : parseMapping(s, indent, first.text);
}

const isDash = (t: string): boolean => t === "-" || t.startsWith("- ");

function parseSequence(s: Lines, indent: number): unknown[] {
  const out: unknown[] = [];
  while (s.line !== undefined && s.line.indent === indent && isDash(s.line.text)) {
    const rest = s.line.text.slice(1);
    const item = rest.trimStart();
    if (item === "" || item.startsWith("#")) {
      s.advance();
      out.push(childOrNull(s, indent));
    } else if (isDash(item)) {
      bail();
    } else if (keyOf(item)) {
      // "- key: value": a mapping whose keys sit at the column of this first key.
      out.push(parseMapping(s, indent + 1 + rest.length - item.length, item));
    } else {
      s.advance();
      out.push(inlineValue(item));
    }
    checkNext(s, indent);
  }
  return out;
}

/** `firstText` stands for the text of the current line (after a "- " when inside a sequence). */
function parseMapping(s: Lines, indent: number, firstText: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let text = firstText;
  for (;;) {
    const entry = keyOf(text);
    if (!entry) return bail();
    const key = entry[1];
    const valueText = entry[2] ?? "";
    if (key === "__proto__" || key === "<<" || Object.hasOwn(out, key)) bail();
    s.advance();
    if (valueText === "" || valueText.startsWith("#")) {
      // A sequence may sit at the same indentation as its key ("entries:\n- …").
      const next = s.line;
      out[key] = next && next.indent === indent && isDash(next.text) ? parseSequence(s, indent) : childOrNull(s, indent);
    } else {
      out[key] = inlineValue(valueText);
    }
    checkNext(s, indent);
    const next = s.line;
    if (!next || next.indent < indent || (next.indent === indent && isDash(next.text))) return out;
    text = next.text;
  }
}

function childOrNull(s: Lines, indent: number): unknown {
  const next = s.line;
  return next && next.indent > indent ? parseNode(s, next.indent) : null;
}

/** After a node at `indent`, the next line must not be deeper (that would be a continuation). */
function checkNext(s: Lines, indent: number): void {
  const next = s.line;
  if (next && next.indent > indent) bail();
}

const SIMPLE_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const OTHER_KEY = /^([^\s"'#[\]{},&*!|>%@`?:-][^:]*?|-[^\s:][^:]*?):(?: +(.*)|$)/;

/** A mapping entry's key (group 1) and the rest of its line (group 2, maybe undefined). */
type KeyMatch = { 1: string; 2?: string };

/** The key and rest of a "key: rest" line; undefined when the line is not a mapping entry. */
function keyOf(text: string): KeyMatch | undefined {
  // The common case first (every key of a log), without the checks below; the match is
  // returned as it is, not copied, as this runs for every line of 100,000 entries.
  const simple = SIMPLE_KEY.exec(text) as KeyMatch | null;
  if (simple) return simple;
  const quoted = (/^"([^"\\]*)":(?: +(.*)|$)/.exec(text) ?? /^'([^']*)':(?: +(.*)|$)/.exec(text)) as KeyMatch | null;
  if (quoted) return quoted;
  const other = OTHER_KEY.exec(text) as KeyMatch | null;
  if (!other) return undefined;
  // Keys that YAML would read as numbers, booleans or null, or with trailing spaces: leave to a full parser.
  if (other[1].endsWith(" ") || scalar(other[1]) !== other[1]) bail();
  return other;
}

function inlineValue(text: string): unknown {
  const c = text[0];
  if (c === '"' || c === "'") return quotedLine(text);
  if (c === "[" || c === "{") return flowLine(text);
  const hash = text.search(/\s#/);
  return plain(hash >= 0 ? text.slice(0, hash).trimEnd() : text);
}

/** A quoted scalar filling the rest of the line (a comment may follow). */
function quotedLine(text: string): string {
  const q = text[0]!;
  let i = 1;
  for (; i < text.length; i++) {
    if (q === "'" && text[i] === "'") {
      if (text[i + 1] === "'") i++;
      else break;
    } else if (q === '"' && text[i] === "\\") i++;
    else if (q === '"' && text[i] === '"') break;
  }
  if (i >= text.length || !/^(\s+#.*)?$/.test(text.slice(i + 1))) bail();
  return unquote(text.slice(0, i + 1));
}
