// Resolves the JSON pointers of log diagnostics to line:column, only when there are some.
// For pointers into entries (/entries/N/…), the Nth entry's lines are found by scanning and
// only that block is parsed with positions, so a mistake in a 100,000-entry log is located in
// milliseconds; anything else falls back to parsing the whole file with positions.
import type { Document, LineCounter, Node } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { yamlPackage } from "../load/yaml-package.js";
import { parsePointer } from "../diagnostics/pointer.js";

export function locate(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!diagnostics.some((d) => d.pointer !== undefined && d.line === undefined)) return diagnostics;
  const lines = text.split("\n");
  const starts = entryStarts(lines);
  let whole: Positioned | undefined;
  return diagnostics.map((d) => {
    if (d.pointer === undefined || d.line !== undefined) return d;
    const m = /^\/entries\/(\d+)(\/.*)?$/.exec(d.pointer);
    const n = m ? Number(m[1]) : -1;
    if (starts && n >= 0 && n < starts.begin.length) {
      const from = starts.begin[n];
      const to = n + 1 < starts.begin.length ? starts.begin[n + 1] : starts.end;
      const scanned = scanEntry(lines, from, to, split(m![2] ?? ""), d.atKey);
      if (scanned) return { ...d, line: scanned.line, column: scanned.col };
      const block = positioned(lines.slice(from, to).join("\n"));
      const at = find(block, ["0", ...split(m![2] ?? "")], d.atKey);
      if (at) return { ...d, line: at.line + from, column: at.col };
    }
    whole ??= positioned(text);
    const at = find(whole, split(d.pointer), d.atKey);
    return at ? { ...d, line: at.line, column: at.col } : d;
  });
}

/**
 * The position of a common pointer inside entry lines [from, to) found by reading the lines
 * alone: the entry itself, one of its keys, or an element of a one-line flow list
 * (`items: [a, b]`). Why: a systematic mistake (a plan id renamed) can give one diagnostic per
 * entry, and parsing each entry with positions costs ~0.1–0.3 ms, minutes over 100,000 entries.
 * Anything else returns undefined and is parsed. Positions are 1-based, as LineCounter's.
 */
function scanEntry(lines: string[], from: number, to: number, path: string[], atKey?: boolean): { line: number; col: number } | undefined {
  const first = lines[from];
  const dash = /^(\s*)-( +)(?=\S)/.exec(first);
  if (!dash || first.slice(dash[0].length).startsWith("#")) return undefined;
  const keyIndent = dash[0].length;
  if (path.length === 0) return atKey ? { line: from + 1, col: keyIndent + 1 } : undefined;
  const key = path[0]!;
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) || path.length > 2) return undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const start = i === from ? keyIndent : line.length - line.trimStart().length;
    if (start !== keyIndent || !line.startsWith(`${key}:`, start)) continue;
    const afterColon = start + key.length + 1;
    const valueAt = afterColon + (line.slice(afterColon).length - line.slice(afterColon).trimStart().length);
    if (path.length === 1) {
      if (atKey) return { line: i + 1, col: start + 1 };
      return valueAt < line.length && line[valueAt] !== "#" ? { line: i + 1, col: valueAt + 1 } : undefined;
    }
    return flowElement(line, valueAt, Number(path[1]), i);
  }
  return undefined;
}

/** Position of element `index` of a one-line flow sequence of plain scalars starting at `at`. */
function flowElement(line: string, at: number, index: number, lineIndex: number): { line: number; col: number } | undefined {
  if (line[at] !== "[" || !Number.isInteger(index)) return undefined;
  const close = line.indexOf("]", at);
  if (close < 0 || /["'[{]/.test(line.slice(at + 1, close))) return undefined;
  let pos = at + 1;
  for (let k = 0; ; k++) {
    while (line[pos] === " ") pos++;
    if (pos >= close) return undefined;
    if (k === index) return { line: lineIndex + 1, col: pos + 1 };
    const comma = line.indexOf(",", pos);
    if (comma < 0 || comma > close) return undefined;
    pos = comma + 1;
  }
}

const split = (pointer: string): string[] => (pointer === "" ? [] : parsePointer(pointer));

/** Line indexes (0-based) where each entry of the top-level block sequence `entries:` begins. */
function entryStarts(lines: string[]): { begin: number[]; end: number } | undefined {
  const head = lines.findIndex((l) => /^entries:\s*(#.*)?$/.test(l));
  if (head < 0) return undefined;
  const begin: number[] = [];
  let dash = -1;
  let end = lines.length;
  for (let i = head + 1; i < lines.length; i++) {
    const body = lines[i].trimStart();
    if (body === "" || body.startsWith("#")) continue;
    const indent = lines[i].length - body.length;
    const isItem = body === "-" || body.startsWith("- ");
    if (dash < 0) {
      if (!isItem) return undefined;
      dash = indent;
    }
    if (indent === dash && isItem) begin.push(i);
    else if (indent <= dash) {
      end = i;
      break;
    }
  }
  return begin.length ? { begin, end } : undefined;
}

interface Positioned {
  doc: Document;
  lc: LineCounter;
}

function positioned(text: string): Positioned {
  // The yaml package loads only here, when a diagnostic needs a position: a clean report never does.
  const { LineCounter, parseDocument } = yamlPackage();
  const lc = new LineCounter();
  // A lone entry block is itself a valid YAML sequence of one item.
  return { doc: parseDocument(text, { lineCounter: lc, keepSourceTokens: false }), lc };
}

function find(p: Positioned, path: string[], atKey?: boolean): { line: number; col: number } | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlPackage();
  let node: unknown = p.doc.contents;
  let keyNode: unknown;
  for (const seg of path) {
    if (!node) return undefined;
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && String(isScalar(it.key) ? it.key.value : it.key) === seg);
      if (!pair) return undefined;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      keyNode = undefined;
      node = node.items[Number(seg)];
    } else return undefined;
  }
  const target = (atKey && keyNode ? keyNode : (node ?? keyNode)) as Node | undefined;
  const offset = target?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = p.lc.linePos(offset);
  return { line, col };
}
