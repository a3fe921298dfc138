// A fast reader for the plain YAML that activity logs are written in (by `log add`, `log import`
// and by hand): block mappings and sequences, one-line scalars, one-line flow [a, b] and
// { k: v }, comments. Why: a province's logs reach 100,000 entries; js-yaml needs several
// seconds for them, this about a tenth (issue 4, "Scale"). It is conservative: on anything
// outside that subset (anchors, tags, block scalars, multi-line or escaped strings, tabs,
// numbers in unusual notation…) it returns BAIL and the caller uses js-yaml, which gives the
// same value or a syntax error with its position. Tests compare both parsers on random logs.

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
    const lines = toLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (lines.length === 0) return BAIL;
    const cursor = { i: 0 };
    const value = parseNode(lines, cursor, lines[0].indent);
    if (cursor.i !== lines.length || lines[0].indent !== 0) return BAIL;
    return value;
  } catch (err) {
    if (err instanceof Bail) return BAIL;
    throw err;
  }
}

function toLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    const body = raw.slice(indent).trimEnd();
    if (body === "" || body.charCodeAt(0) === 35 /* # */) continue;
    out.push({ indent, text: body });
  }
  return out;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;

function parseNode(lines: Line[], cur: { i: number }, indent: number): Value {
  const first = lines[cur.i];
  if (first.indent !== indent) bail();
  return isDash(first.text) ? parseSequence(lines, cur, indent) : parseMapping(lines, cur, indent, first.text);
}

const isDash = (t: string): boolean => t === "-" || t.startsWith("- ");

function parseSequence(lines: Line[], cur: { i: number }, indent: number): Value[] {
  const out: Value[] = [];
  while (cur.i < lines.length && lines[cur.i].indent === indent && isDash(lines[cur.i].text)) {
    const line = lines[cur.i];
    const rest = line.text.slice(1);
    const spaces = rest.length - rest.trimStart().length;
    const item = rest.trimStart();
    if (item === "" || item.startsWith("#")) {
      cur.i++;
      out.push(childOrNull(lines, cur, indent));
    } else if (KEY.test(item)) {
      // "- key: value": a mapping whose keys sit at the column of this first key.
      out.push(parseMapping(lines, cur, indent + 1 + spaces, item));
    } else {
      cur.i++;
      out.push(inlineValue(item));
    }
    checkNext(lines, cur, indent);
  }
  return out;
}

/** `firstText` stands for the text of the current line (after a "- " when inside a sequence). */
function parseMapping(lines: Line[], cur: { i: number }, indent: number, firstText: string): Record<string, Value> {
  const out: Record<string, Value> = {};
  let text: string | undefined = firstText;
  for (;;) {
    const m = KEY.exec(text);
    if (!m || m[1] === "__proto__" || Object.prototype.hasOwnProperty.call(out, m[1])) bail();
    const [, key, valueText = ""] = m!;
    cur.i++;
    const v = valueText === "" || valueText.startsWith("#") ? undefined : valueText;
    if (v === undefined) {
      // A sequence may sit at the same indentation as its key ("entries:\n- …").
      const next = lines[cur.i];
      out[key] = next && next.indent === indent && isDash(next.text) ? parseSequence(lines, cur, indent) : childOrNull(lines, cur, indent);
    } else {
      out[key] = inlineValue(v);
    }
    checkNext(lines, cur, indent);
    const next = lines[cur.i];
    if (!next || next.indent < indent || next.indent === indent && isDash(next.text)) return out;
    text = next.text;
  }
}

function childOrNull(lines: Line[], cur: { i: number }, indent: number): Value {
  const next = lines[cur.i];
  return next && next.indent > indent ? parseNode(lines, cur, next.indent) : null;
}

/** After a node at `indent`, the next line must not be deeper (that would be a continuation). */
function checkNext(lines: Line[], cur: { i: number }, indent: number): void {
  const next = lines[cur.i];
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
