// A small reader for the plain YAML plans are written in: block mappings and sequences, one-line
// plain and quoted scalars, one-line flow [a, b] / { k: v } (nested), comments. Why: `check` must
// start about as fast as node itself, and importing a full YAML parser costs more than all the
// rest of `check`. It is conservative: on anything outside that subset (anchors, aliases, tags,
// block scalars, multi-line scalars, escapes, tabs, duplicate keys, documents markers…) it
// returns BAIL and the caller uses a full parser. Tests compare it with the `yaml` package.
// src/logs/fast-yaml.ts is its sibling for activity logs: twice as fast on 100,000 entries but
// without quoted strings, which plans use; merging them means teaching one the other's subset.

export const BAIL: unique symbol = Symbol("bail");

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

interface Line {
  indent: number;
  text: string;
}

export function plainYaml(source: string): unknown | typeof BAIL {
  if (source.includes("\t") || source.includes("\r")) return BAIL;
  try {
    const lines = toLines(source);
    if (lines.length === 0) return BAIL;
    const cursor = { i: 0 };
    const value = block(lines, cursor, lines[0]!.indent);
    if (cursor.i !== lines.length) bail();
    return value;
  } catch (err) {
    // Deeply nested flow collections exhaust the stack of this recursive reader: not the subset
    // plans are written in, so the full parser decides (and reports them with a position).
    if (err instanceof Bail || err instanceof RangeError) return BAIL;
    throw err;
  }
}

function toLines(source: string): Line[] {
  const out: Line[] = [];
  for (const raw of source.split("\n")) {
    const text = stripComment(raw).trimEnd();
    if (text.trim() === "") continue;
    const indent = text.length - text.trimStart().length;
    const body = text.slice(indent);
    if (body === "---" || body === "..." || body.startsWith("%") || body.startsWith("--- ")) bail();
    out.push({ indent, text: body });
  }
  return out;
}

/** Removes a "#" comment (at line start or after a space), outside quotes. */
function stripComment(line: string): string {
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") {
      // A quote opens a quoted scalar only at the start of a value; elsewhere it is text.
      const before = line.slice(0, i).trimEnd();
      if (before === "" || /[:\-[{,]$/.test(before)) quote = c;
    } else if (c === "#" && (i === 0 || line[i - 1] === " ")) return line.slice(0, i);
  }
  return line;
}

function block(lines: Line[], cursor: { i: number }, indent: number): unknown {
  const line = lines[cursor.i]!;
  if (line.indent !== indent) bail();
  return line.text === "-" || line.text.startsWith("- ") ? sequence(lines, cursor, indent) : mapping(lines, cursor, indent);
}

function sequence(lines: Line[], cursor: { i: number }, indent: number): unknown[] {
  const out: unknown[] = [];
  while (cursor.i < lines.length) {
    const line = lines[cursor.i]!;
    if (line.indent < indent) break;
    if (line.indent > indent) bail();
    // A non-dash line at this indentation ends the sequence ("key:\n- a\nnext: b"); the caller judges it.
    if (!(line.text === "-" || line.text.startsWith("- "))) break;
    const rest = line.text.slice(1).trimStart();
    if (rest === "") {
      cursor.i++;
      out.push(nested(lines, cursor, indent));
    } else if (rest.startsWith("- ") || rest === "-") {
      bail();
    } else if (keyOf(rest)) {
      // "- key: value" opens a mapping whose keys line up with "key".
      const inner = indent + (line.text.length - rest.length);
      lines[cursor.i] = { indent: inner, text: rest };
      out.push(mapping(lines, cursor, inner));
    } else {
      cursor.i++;
      out.push(inline(rest));
      if (cursor.i < lines.length && lines[cursor.i]!.indent > indent) bail(); // continuation line
    }
  }
  return out;
}

function mapping(lines: Line[], cursor: { i: number }, indent: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  while (cursor.i < lines.length) {
    const line = lines[cursor.i]!;
    if (line.indent < indent) break;
    if (line.indent > indent) bail();
    const key = keyOf(line.text);
    if (!key) bail();
    const [name, rest] = key!;
    if (name === "<<" || Object.hasOwn(out, name) || name === "__proto__") bail();
    cursor.i++;
    if (rest === "") {
      const next = lines[cursor.i];
      // A sequence may sit at the key's own indentation ("key:\n- a").
      if (next && next.indent === indent && (next.text === "-" || next.text.startsWith("- "))) out[name] = sequence(lines, cursor, indent);
      else out[name] = nested(lines, cursor, indent);
    } else {
      out[name] = inline(rest);
      if (cursor.i < lines.length && lines[cursor.i]!.indent > indent) bail(); // continuation line
    }
  }
  return out;
}

/** The block under a key or dash, or null when nothing is indented below it. */
function nested(lines: Line[], cursor: { i: number }, parentIndent: number): unknown {
  const next = lines[cursor.i];
  if (!next || next.indent <= parentIndent) return null;
  return block(lines, cursor, next.indent);
}

/** "key: rest" → [key, rest]; undefined when the line is not a mapping entry. */
function keyOf(text: string): [string, string] | undefined {
  let m = /^"([^"\\]*)":(?: +(.*)|$)/.exec(text) ?? /^'([^']*)':(?: +(.*)|$)/.exec(text);
  if (m) return [m[1]!, m[2] ?? ""];
  m = /^([^\s"'#[\]{},&*!|>%@`?:-][^:]*?|-[^\s:][^:]*?):(?: +(.*)|$)/.exec(text);
  if (!m) return undefined;
  // Keys that YAML would read as numbers, booleans or null, or with trailing spaces: leave to a full parser.
  if (m[1]!.endsWith(" ") || scalar(m[1]!) !== m[1]) bail();
  return [m[1]!, m[2] ?? ""];
}

function inline(text: string): unknown {
  const c = text[0]!;
  if (c === "[" || c === "{") {
    const cursor = { i: 0 };
    const value = flow(text, cursor);
    if (text.slice(cursor.i).trim() !== "") bail();
    return value;
  }
  if (c === '"' || c === "'") return quoted(text, c);
  if ("&*!|>%@`".includes(c)) bail();
  if (/: |:$| #/.test(text)) bail();
  return scalar(text);
}

function quoted(text: string, q: string): string {
  if (text.length < 2 || text[text.length - 1] !== q) bail();
  const body = text.slice(1, -1);
  if (q === '"') {
    if (body.includes("\\") || body.includes('"')) bail();
    return body;
  }
  if (body.replace(/''/g, "").includes("'")) bail();
  return body.replace(/''/g, "'");
}

function flow(text: string, cursor: { i: number }): unknown {
  const open = text[cursor.i]!;
  const close = open === "[" ? "]" : "}";
  cursor.i++;
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  for (;;) {
    skipSpaces(text, cursor);
    if (text[cursor.i] === close) {
      cursor.i++;
      return open === "[" ? list : map;
    }
    if (open === "[") list.push(flowValue(text, cursor));
    else {
      const key = flowToken(text, cursor);
      if (typeof key !== "string" || text[cursor.i] !== ":" || text[cursor.i + 1] !== " " || scalar(key as string) !== key) bail();
      cursor.i++;
      if (Object.hasOwn(map, key as string) || key === "__proto__") bail();
      skipSpaces(text, cursor);
      map[key as string] = flowValue(text, cursor);
    }
    skipSpaces(text, cursor);
    if (text[cursor.i] === ",") cursor.i++;
    else if (text[cursor.i] !== close) bail();
  }
}

function flowValue(text: string, cursor: { i: number }): unknown {
  const c = text[cursor.i];
  if (c === "[" || c === "{") return flow(text, cursor);
  return flowToken(text, cursor, true);
}

/** A scalar inside flow: quoted, or plain up to , ] } or ":" + space. */
function flowToken(text: string, cursor: { i: number }, resolve = false): unknown {
  const c = text[cursor.i];
  if (c === '"' || c === "'") {
    const end = text.indexOf(c, cursor.i + 1);
    if (end < 0) bail();
    const value = quoted(text.slice(cursor.i, end + 1), c);
    cursor.i = end + 1;
    return value;
  }
  const m = /^[^,[\]{}:"'#&*!|>%@`]*/.exec(text.slice(cursor.i))!;
  const raw = m[0].trim();
  if (raw === "") bail();
  cursor.i += m[0].length;
  return resolve ? scalar(raw) : raw;
}

function skipSpaces(text: string, cursor: { i: number }): void {
  while (text[cursor.i] === " ") cursor.i++;
}

/** YAML 1.2 core schema resolution of a plain scalar; anything unusual bails. */
function scalar(raw: string): unknown {
  if (raw === "" || raw === "~" || raw === "null" || raw === "Null" || raw === "NULL") return null;
  if (/^(true|True|TRUE)$/.test(raw)) return true;
  if (/^(false|False|FALSE)$/.test(raw)) return false;
  if (/^[-+]?[0-9]+$/.test(raw)) {
    const n = Number(raw);
    if (!Number.isSafeInteger(n)) bail();
    return n;
  }
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(raw)) return Number(raw);
  if (/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(raw) || /^0[ox]/.test(raw)) bail();
  return raw;
}
