// Resolves a JSON pointer (RFC 6901) to a source span in the parsed YAML document. When the
// pointer goes deeper than the document (a missing field), the deepest existing node is used.
// `atKey` points at the key of a mapping entry — where a clerk looks for a missing or unknown field.

import type { Document, Node, Pair } from "yaml";

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Locate = (pointer: string, atKey?: boolean) => Span;

type Pos = (offset: number) => { line: number; column: number };

import { parsePointer } from "../diagnostics/pointer.js";
import { yamlPackage } from "./yaml-package.js";

export { joinPointer, parsePointer } from "../diagnostics/pointer.js";

export function locator(doc: Document, pos: Pos): Locate {
  const { isAlias, isMap, isPair, isSeq } = yamlPackage();
  return (pointer, atKey = false) => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    for (const segment of parsePointer(pointer)) {
      if (isAlias(node)) node = node.resolve(doc);
      let next: Pair | Node | undefined;
      if (isMap(node)) {
        next = node.items.find((p) => isPair(p) && keyText(p.key) === segment) as Pair | undefined;
        if (!next) break;
        pair = next;
        node = next.value ?? undefined;
        if (node === undefined) break;
        continue;
      }
      if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined || !/^\d+$/.test(segment)) break;
        pair = undefined;
        node = item;
        continue;
      }
      break;
    }
    // The whole document with atKey (a field missing at the top): its first key, not every line.
    if (atKey && !pair && node === doc.contents && isMap(node) && isPair(node.items[0])) pair = node.items[0];
    const target: unknown = atKey && pair ? pair.key : (node ?? pair?.key);
    const range = (target as Node | undefined)?.range ?? doc.contents?.range ?? [0, 0, 0];
    return span(range[0], range[1], pos);
  };
}

function keyText(key: unknown): string {
  if (yamlPackage().isScalar(key)) return String(key.value).normalize("NFC");
  return String(key);
}

function span(start: number, end: number, pos: Pos): Span {
  const a = pos(start);
  const b = pos(Math.max(end, start));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
