// A fast reader for the plain YAML that activity logs are written in (by `log add`, `log import`
// and by hand): block mappings and sequences, one-line scalars, one-line flow [a, b] and
// { k: v }, comments. Why: a province's logs reach 100,000 entries; js-yaml needs several
// seconds for them, this about a tenth (issue 4, "Scale"). It is conservative: on anything
// outside that subset (anchors, tags, block scalars, multi-line or escaped strings, tabs,
// numbers in unusual notation…) it returns BAIL and the caller uses js-yaml, which gives the
// same value or a syntax error with its position. Tests compare both parsers on random logs.
// src/load/plain-yaml.ts reads plans (quoted strings included) at half this speed; see there.

export const BAIL: unique symbol = Symbol("bail");
type Value = unknown;

interface Line {
  indent: number;
  /** Text after the indentation, trailing spaces removed. */
  text: string;
}

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

/** Parses `text` or returns BAIL when it is not in the subset this reader understands. */
export function fastYaml(text: string): Value | typeof BAIL {
  if (text.includes("\t") || /\r(?!\n)/.test(text)) return BAIL;
  try {
    const s = new Lines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (s.line?.indent !== 0) return BAIL;
    const value = parseNode(s, 0);
    return s.line === undefined ? value : BAIL;
  } catch (err) {
    if (err instanceof Bail) return BAIL;
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
      this.line = { indent, text: t.slice(from, stop) };
      return;
    }
    this.line = undefined;
  }
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;

function parseNode(s: Lines, indent: number): Value {
  const first = s.line!;
  if (first.indent !== indent) bail();
  return isDash(first.text) ? parseSequence(s, indent) : parseMapping(s, indent, first.text);
}

const isDash = (t: string): boolean => t === "-" || t.startsWith("- ");

function parseSequence(s: Lines, indent: number): Value[] {
  const out: Value[] = [];
  while (s.line !== undefined && s.line.indent === indent && isDash(s.line.text)) {
    const line = s.line!;
    const rest = line.text.slice(1);
    const spaces = rest.length - rest.trimStart().length;
    const item = rest.trimStart();
    if (item === "" || item.startsWith("#")) {
      s.advance();
      out.push(childOrNull(s, indent));
    } else if (KEY.test(item)) {
      // "- key: value": a mapping whose keys sit at the column of this first key.
      out.push(parseMapping(s, indent + 1 + spaces, item));
    } else {
      s.advance();
      out.push(inlineValue(item));
    }
    checkNext(s, indent);
  }
  return out;
}

/** `firstText` stands for the text of the current line (after a "- " when inside a sequence). */
function parseMapping(s: Lines, indent: number, firstText: string): Record<string, Value> {
  const out: Record<string, Value> = {};
  let text: string | undefined = firstText;
  for (;;) {
    const m = KEY.exec(text);
    if (!m || m[1] === "__proto__" || Object.hasOwn(out, m[1])) bail();
    const [, key, valueText = ""] = m!;
    s.advance();
    const v = valueText === "" || valueText.startsWith("#") ? undefined : valueText;
    if (v === undefined) {
      // A sequence may sit at the same indentation as its key ("entries:\n- …").
      const next = s.line;
      out[key] = next && next.indent === indent && isDash(next.text) ? parseSequence(s, indent) : childOrNull(s, indent);
    } else {
      out[key] = inlineValue(v);
    }
    checkNext(s, indent);
    const next = s.line;
    if (!next || next.indent < indent || (next.indent === indent && isDash(next.text))) return out;
    text = next.text;
  }
}

function childOrNull(s: Lines, indent: number): Value {
  const next = s.line;
  return next && next.indent > indent ? parseNode(s, next.indent) : null;
}

/** After a node at `indent`, the next line must not be deeper (that would be a continuation). */
function checkNext(s: Lines, indent: number): void {
  const next = s.line;
  if (next && next.indent > indent) bail();
}

function inlineValue(text: string): Value {
  const c = text[0];
  if (c === '"' || c === "'") return quoted(text);
  if (c === "[") return flow(text, "[", "]").map(flowScalar);
  if (c === "{") {
    const out: Record<string, Value> = {};
    for (const part of flow(text, "{", "}")) {
      const at = part.indexOf(": ");
      if (at < 0) bail();
      const key = part.slice(0, at).trim();
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) || key === "__proto__" || key in out) bail();
      out[key] = flowScalar(part.slice(at + 2).trim());
    }
    return out;
  }
  const hash = text.search(/\s#/);
  return plain(hash >= 0 ? text.slice(0, hash).trimEnd() : text);
}

function quoted(text: string): string {
  const q = text[0];
  let i = 1;
  for (; i < text.length; i++) {
    if (q === "'" && text[i] === "'") {
      if (text[i + 1] === "'") i++;
      else break;
    } else if (q === '"' && text[i] === "\\") i++;
    else if (q === '"' && text[i] === '"') break;
  }
  if (i >= text.length || !/^(\s+#.*)?$/.test(text.slice(i + 1))) bail();
  const body = text.slice(1, i);
  if (q === "'") return body.replace(/''/g, "'");
  if (/\\[^"\\/bfnrt]/.test(body)) bail();
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return bail();
  }
}

function flow(text: string, open: string, close: string): string[] {
  const hash = text.search(/\s#/);
  const t = (hash >= 0 ? text.slice(0, hash) : text).trimEnd();
  if (!t.endsWith(close)) bail();
  const inner = t.slice(1, -1);
  if (/[[\]{}"'#&*!|>%@`]/.test(inner)) bail();
  if (inner.trim() === "") return [];
  return inner.split(",").map((s) => s.trim());
}

function flowScalar(text: string): Value {
  if (text === "" || text.includes(":") || text.includes("?")) bail();
  return plain(text);
}

const INT = /^(0|-?[1-9][0-9]*)$/;
const FLOAT = /^-?(0|[1-9][0-9]*)\.[0-9]+$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** A plain scalar with the core schema's resolution, bailing on every spelling we do not handle. */
function plain(text: string): Value {
  if (text === "" || text.includes(": ") || text.endsWith(":")) bail();
  const c = text.charCodeAt(0);
  // Digits, signs and dots start numbers (and dates); anything else is text unless it is an indicator.
  const numeric = (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46;
  if (!numeric && INDICATOR.test(text)) bail();
  if (text.length <= 5) {
    if (text === "null" || text === "~") return null;
    if (text === "true") return true;
    if (text === "false") return false;
    if (/^(null|true|false)$/i.test(text)) bail();
  }
  if (!numeric) return text;
  if (c === 45 && !INT.test(text) && !FLOAT.test(text)) bail();
  if (INT.test(text) || FLOAT.test(text)) {
    const n = Number(text);
    if (!Number.isSafeInteger(n) && INT.test(text)) bail();
    return Object.is(n, -0) ? bail() : n;
  }
  if (DATE.test(text)) return text;
  if (/^[-+.0-9]/.test(text)) bail();
  return text;
}
