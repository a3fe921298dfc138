// locate() reads common pointers from the lines alone (fast path); this checks it gives exactly
// the positions a full parse with positions gives, on entries written in several styles.
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq } from "yaml";
import { locate } from "../../src/logs/locate.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";

const text = [
  "# nhật ký",
  "sample: true",
  "entries:",
  "  - date: 2022-01-05",
  "    items: [ht-video, nd-thu-tuc]",
  "    unit: tchc",
  "    summary: Đăng video",
  "  -   date: 2022-01-06   # chú thích",
  "      items: [ ht-video ,nd-van-ban ]",
  "      unit: ttvhda",
  "  - summary: Không có ngày",
  "    items:",
  "      - ht-an-pham",
  "    quantities:",
  "      - { value: -3, measure: tờ gấp }",
  "    date: 2022-02-01",
  "",
].join("\n");

function reference(pointer: string, atKey: boolean): { line: number; column: number } | undefined {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const seg of pointer.slice(1).split("/")) {
    if (isMap(node)) {
      const pair = node.items.find((it) => String(isScalar(it.key) ? it.key.value : it.key) === seg);
      keyNode = pair?.key;
      node = pair?.value;
    } else {
      keyNode = undefined;
      node = isSeq(node) ? node.items[Number(seg)] : undefined;
    }
  }
  const target = atKey && keyNode ? keyNode : (node ?? keyNode);
  if (!isNode(target) || !target.range) throw new Error(`no node at ${pointer}`);
  const { line, col } = lc.linePos(target.range[0]);
  return { line, column: col };
}

const pointers: [string, boolean][] = [
  ["/entries/0", true],
  ["/entries/0/date", false],
  ["/entries/0/date", true],
  ["/entries/0/unit", false],
  ["/entries/0/items/0", false],
  ["/entries/0/items/1", false],
  ["/entries/1", true],
  ["/entries/1/date", false],
  ["/entries/1/items/0", false],
  ["/entries/1/items/1", false],
  ["/entries/1/unit", false],
  ["/entries/2", true],
  ["/entries/2/date", false],
  ["/entries/2/items/0", false],
  ["/entries/2/quantities/0/value", false],
];

describe("locate", () => {
  for (const [pointer, atKey] of pointers) {
    it(`puts ${pointer}${atKey ? " (key)" : ""} where a full parse does`, () => {
      const d: Diagnostic = { code: "log/x", severity: "error", message: "m", pointer, atKey };
      const [located] = locate(text, [d]);
      expect({ line: located!.line, column: located!.column }).toEqual(reference(pointer, atKey));
    });
  }
});
