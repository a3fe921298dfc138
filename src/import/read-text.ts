// A plain-text document (what "Save as Plain Text" or a copy from a PDF gives): one paragraph per
// line, blank lines between them ignored, leading spaces and tabs dropped. Nothing is known of
// styles: the recogniser reads the labels typed at the start of each line.
import type { Line, ReadSource } from "./entries.js";

export function readText(text: string): ReadSource {
  const entries: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+/gu, " ").trim();
    if (line === "") return;
    entries.push({ kind: "line", text: line, bold: false, italic: false, at: { line: i + 1 } });
  });
  return { entries, footnotes: new Map(), skipped: [] };
}
