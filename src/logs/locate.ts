// Resolves the JSON pointers of log diagnostics to line:column, only when there are some.
// For pointers into entries (/entries/N/…), the Nth entry's lines are found by scanning and
// only that block is parsed with positions, so a mistake in a 100,000-entry log is located in
// milliseconds; anything else falls back to parsing the whole file with positions.
import { LineCounter, parseDocument, isMap, isPair, type Document } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

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
      const block = positioned(lines.slice(from, to).join("\n"));
      const at = find(block, ["0", ...split(m![2] ?? "")], d.atKey);
      if (at) return { ...d, line: at.line + from, column: at.col };
    }
    whole ??= positioned(text);
    const at = find(whole, split(d.pointer), d.atKey);
    return at ? { ...d, line: at.line, column: at.col } : d;
  });
}

const split = (pointer: string): string[] =>
  pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));

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
  const lc = new LineCounter();
  // A lone entry block is itself a valid YAML sequence of one item.
  return { doc: parseDocument(text, { lineCounter: lc, keepSourceTokens: false }), lc };
}

function find(p: Positioned, path: string[], atKey?: boolean): { line: number; col: number } | undefined {
  let node: any = p.doc.contents;
  let keyNode: any;
  for (const seg of path) {
    if (!node) return undefined;
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && String((it.key as any)?.value ?? it.key) === seg);
      if (!pair) return undefined;
      keyNode = pair.key;
      node = pair.value;
    } else if (node.items) {
      keyNode = undefined;
      node = node.items[Number(seg)];
    } else return undefined;
  }
  const target = atKey && keyNode ? keyNode : node ?? keyNode;
  const offset = target?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = p.lc.linePos(offset);
  return { line, col };
}
