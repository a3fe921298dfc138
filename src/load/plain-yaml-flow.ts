// One-line flow collections of the plain YAML subset (plain-yaml.ts): [a, b] and { k: v },
// nested, with quoted scalars inside; anything unusual bails.
import { bail, plain, scalar, unquote } from "./plain-yaml-scalars.js";

/** A flow collection filling the rest of the line (a comment may follow). */
export function flowLine(text: string): unknown {
  const hash = text.search(/\s#/);
  const t = (hash >= 0 ? text.slice(0, hash) : text).trimEnd();
  const inner = t.slice(1, -1);
  // The common case (a log's items and quantities): one level, no quotes, split on commas.
  if (!/[[\]{}"'#&*!|>%@`]/.test(inner) && t.endsWith(t[0] === "[" ? "]" : "}")) {
    const parts = inner.trim() === "" ? [] : inner.split(",").map((p) => p.trim());
    return t[0] === "[" ? parts.map(flowScalar) : flowMap(parts);
  }
  const cursor = { i: 0 };
  const value = flow(text, cursor);
  if (!/^(\s+#.*)?\s*$/.test(text.slice(cursor.i))) bail();
  return value;
}

function flowMap(parts: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    const at = part.indexOf(": ");
    if (at < 0) bail();
    const key = part.slice(0, at).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) || key === "__proto__" || Object.hasOwn(out, key)) bail();
    out[key] = flowScalar(part.slice(at + 2).trim());
  }
  return out;
}

function flowScalar(text: string): unknown {
  if (text === "" || text.includes(":") || text.includes("?")) bail();
  return plain(text);
}

/** Nested flow collections and quoted scalars inside them, read with a cursor. */
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
      const key = flowToken(text, cursor, false);
      if (typeof key !== "string" || text[cursor.i] !== ":" || text[cursor.i + 1] !== " " || scalar(key) !== key) bail();
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

/** A scalar inside flow: quoted (no escapes), or plain up to , ] } or ":". */
function flowToken(text: string, cursor: { i: number }, resolve: boolean): unknown {
  const c = text[cursor.i];
  if (c === '"' || c === "'") {
    const end = text.indexOf(c, cursor.i + 1);
    if (end < 0) bail();
    const token = text.slice(cursor.i, end + 1);
    if (token.includes("\\") || text[end + 1] === c) bail();
    cursor.i = end + 1;
    return unquote(token);
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
