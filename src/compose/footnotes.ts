// Footnotes: the clerk writes "[^id]" where a note is cited and the note's text once under
// `footnotes`. Here each citation becomes a reference run numbered 1, 2, … in document order
// (as Word numbers footnotes), carrying the note's text for the writers: a real footnote in the
// DOCX, the foot of the citing page in the PDF. A citation of an unknown id stays as typed
// (`check` reports it).
import type { Footnote } from "../model/plan.js";
import type { Block, CellBlock, DocumentTree, Paragraph, Run } from "./tree.js";

const CITATION = /\[\^([a-z0-9]+(?:-[a-z0-9]+)*)\]/gu;

export function attachFootnotes(tree: DocumentTree, notes: readonly Footnote[] | undefined): DocumentTree {
  if (!notes || notes.length === 0) return tree;
  const texts = new Map(notes.map((n) => [n.id, n.text]));
  let count = 0;
  const runsOf = (run: Run): Run[] => {
    if (run.note !== undefined || !run.text.includes("[^")) return [run];
    const out: Run[] = [];
    let last = 0;
    for (const m of run.text.matchAll(CITATION)) {
      const text = texts.get(m[1]!);
      if (text === undefined) continue;
      if (m.index > last) out.push({ ...run, text: run.text.slice(last, m.index) });
      count += 1;
      out.push({ text: String(count), note: text });
      last = m.index + m[0].length;
    }
    if (last < run.text.length) out.push({ ...run, text: run.text.slice(last) });
    return out;
  };
  const paragraph = (p: Paragraph): Paragraph => ({ ...p, runs: p.runs.flatMap(runsOf) });
  const cellBlock = (b: CellBlock): CellBlock => (b.type === "paragraph" ? paragraph(b) : b);
  const block = (b: Block): Block => {
    if (b.type === "paragraph") return paragraph(b);
    if (b.type === "table") return { ...b, rows: b.rows.map((row) => row.map((cell) => ({ blocks: cell.blocks.map(cellBlock) }))) };
    return b;
  };
  return { ...tree, parts: tree.parts.map((part) => ({ ...part, blocks: part.blocks.map(block) })) };
}
