// Narrows a value's span to the part a diagnostic is about (Diagnostic.within), e.g. the
// "115/NĐ-CP" inside a long item. Only when the part can be found verbatim on the value's first
// line (plain or quoted scalars); otherwise the whole value stays marked.
import type { Span } from "./locate.js";

export function refineSpan(span: Span, lines: readonly string[], value: string, within: { offset: number; length: number }): Span {
  const line = lines[span.line - 1];
  if (line === undefined) return span;
  const part = value.slice(within.offset, within.offset + within.length);
  if (!part) return span;
  const start = span.column - 1;
  // Expected column: value start, +1 for an opening quote; pick the occurrence nearest to it.
  const quote = line[start] === '"' || line[start] === "'" ? 1 : 0;
  const expected = start + quote + within.offset;
  let best = -1;
  for (let i = line.indexOf(part, start); i >= 0; i = line.indexOf(part, i + 1)) {
    if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) best = i;
  }
  if (best < 0) return span;
  return { line: span.line, column: best + 1, endLine: span.line, endColumn: best + 1 + part.length };
}
