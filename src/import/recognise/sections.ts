// The body's phần, mục, khoản, điểm and tiểu mục, rebuilt from their labels (Phụ lục I, II.6.b):
// each heading opens a section at the depth its label says, dash items and "+" sub-items go to
// the section they follow, paragraphs and tables too, in the order written. The numbers are not
// kept (cai-cach generates them), but a number out of sequence in the source is reported.
import { type Level, numberingLevels } from "../../model/numbering.js";
import type { Item, Numbering, Section, Table } from "../../model/plan.js";
import type { Line, TableEntry } from "../entries.js";
import { endsSentence } from "./cursor.js";
import type { Findings } from "./findings.js";
import { type Label, labelOf } from "./labels.js";
import { LEVEL_WORDS, problemAt } from "./problems.js";

type Block =
  | { kind: "text"; text: string }
  | { kind: "items"; items: (string | Item)[] }
  | { kind: "table"; table: Table }
  | { kind: "sections"; sections: Draft[] };

interface Draft {
  title?: string;
  blocks: Block[];
  /** Where the section starts, and the label's number (to report a gap). */
  line: Line;
  /** A heading told from a numbered paragraph by its length alone (a text file). */
  guessed?: boolean;
}

export interface BodyResult {
  sections: Section[];
  numbering?: Numbering;
  /** Paragraphs before the first heading. */
  before: Line[];
}

/** The numbering scheme the labels show: parts, an Arabic top level, decimal sub-levels. */
function schemeOf(labels: Label[]): Numbering | undefined {
  const n: Numbering = {};
  if (labels.some((l) => l.kind === "phan")) n.parts = true;
  if (!labels.some((l) => l.kind === "muc") && labels.some((l) => l.kind === "khoan")) n.top = "arabic";
  if (labels.some((l) => l.kind === "decimal")) n.sub = "decimal";
  return Object.keys(n).length ? n : undefined;
}

function depthOf(label: Label, levels: readonly Level[]): number {
  if (label.kind === "decimal") {
    const khoan = levels.indexOf("khoan");
    return khoan < 0 || !levels.includes("decimal") ? -1 : khoan + (label.parts ?? 2);
  }
  const i = levels.indexOf(label.kind as Level);
  return i < 0 ? -1 : i + 1;
}

/**
 * Whether "1. …" is a khoản's heading or a khoản whose number opens its text: the source's style
 * says so (cai-cach's DOCX: Khoan; Markdown: a heading); otherwise bold says a heading, and in
 * a text file a short line without closing punctuation is taken for one.
 */
function isHeading(line: Line, label: Label): { heading: boolean; guessed: boolean } {
  if (label.kind === "muc" || label.kind === "phan") return { heading: true, guessed: false };
  if (label.kind === "diem") return { heading: false, guessed: false };
  if (line.style) return { heading: line.style === "Khoan" || line.style === "Muc", guessed: false };
  if (line.heading !== undefined) return { heading: true, guessed: false };
  if (line.bold || line.marked) return { heading: line.bold, guessed: false };
  const short = label.rest.split(/\s+/).length <= 12 && !/[.;:]$/.test(label.rest);
  return { heading: short, guessed: true };
}

const append = (blocks: Block[], block: Block): void => {
  const last = blocks.at(-1);
  if (last && last.kind === block.kind && (block.kind === "items" || block.kind === "sections")) {
    if (last.kind === "items" && block.kind === "items") last.items.push(...block.items);
    else if (last.kind === "sections" && block.kind === "sections") last.sections.push(...block.sections);
  } else blocks.push(block);
};

/**
 * Relative column widths as small whole numbers ([3, 2] for 99 and 66 mm), the way a clerk
 * writes them; none when the columns are equal or their ratio is not a simple one.
 */
export function relativeWidths(mm: number[] | undefined, columns: number): number[] | undefined {
  if (!mm || mm.length !== columns || columns < 2) return undefined;
  const min = Math.min(...mm);
  if (min <= 0 || mm.every((w) => Math.abs(w - min) < 0.5)) return undefined;
  for (let k = 1; k <= 20; k++) {
    const r = mm.map((w) => (w / min) * k);
    if (r.every((x) => Math.abs(x - Math.round(x)) < 0.03)) return r.map(Math.round);
  }
  return mm.map((w) => Math.round(w));
}

export function tableOf(t: TableEntry): Table {
  const [head = [], ...rows] = t.rows;
  const width = Math.max(head.length, ...rows.map((r) => r.length));
  const pad = (r: string[]): string[] => [...r, ...Array<string>(width - r.length).fill("")];
  const widths = relativeWidths(t.columnsMm, width);
  return { columns: pad(head), rows: rows.map(pad), ...(widths ? { widths } : {}) };
}

/** Builds the sections of a body from its lines and tables (closing and signature already cut off). */
export function readSections(entries: (Line | TableEntry)[], findings: Findings): BodyResult {
  const labels = entries.flatMap((e) => (e.kind === "line" ? [labelOf(e.text)].filter((l): l is Label => l !== undefined) : []));
  const numbering = schemeOf(labels);
  const levels = numberingLevels(numbering);
  const top: Draft[] = [];
  const stack: Draft[] = [];
  const before: Line[] = [];
  const counts: number[] = [];
  /** The number each level's last label showed, to report only where a sequence breaks. */
  const shown: number[] = [];
  let awaitingPartTitle: Draft | undefined;
  for (const e of entries) {
    const current = stack.at(-1);
    if (e.kind === "table") {
      if (current) append(current.blocks, { kind: "table", table: tableOf(e) });
      else
        findings.problem(problemAt("import/unmapped", e.at, "Bảng đứng trước mục đầu tiên của văn bản nên không đặt được vào kế hoạch."));
      continue;
    }
    const label = labelOf(e.text);
    if (awaitingPartTitle && !label) {
      awaitingPartTitle.title = e.text;
      awaitingPartTitle = undefined;
      continue;
    }
    awaitingPartTitle = undefined;
    const depth = label ? depthOf(label, levels) : -1;
    if (label && depth > 0) {
      const { heading, guessed } = isHeading(e, label);
      const draft: Draft = { blocks: [], line: e, guessed };
      if (label.kind !== "phan") {
        if (heading) draft.title = label.rest;
        else draft.blocks.push({ kind: "text", text: label.rest });
      } else if (label.rest) draft.title = label.rest;
      else awaitingPartTitle = draft;
      if (depth > stack.length + 1) {
        findings.problem(
          problemAt(
            "import/numbering",
            e.at,
            `"${e.text.slice(0, 40)}" là ${LEVEL_WORDS[label.kind]} nhưng không nằm trong một ${LEVEL_WORDS[levels[depth - 2] ?? "muc"]} nào; đã đặt vào cấp gần nhất.`,
          ),
        );
        findings.review(draft, "", `đoạn này đứng sai cấp trong bản gốc (${e.text.slice(0, 30)}…)`);
      }
      const d = Math.min(depth, stack.length + 1);
      stack.length = d - 1;
      counts.length = d;
      counts[d - 1] = (counts[d - 1] ?? 0) + 1;
      shown.length = d;
      const expected = (shown[d - 1] ?? 0) + 1;
      shown[d - 1] = label.n;
      if (label.n > 0 && label.n !== expected) {
        findings.problem(
          problemAt(
            "import/numbering",
            e.at,
            `Số thứ tự "${e.text.split(/\s/)[0]}" không liền mạch (đây là ${LEVEL_WORDS[label.kind]} thứ ${counts[d - 1]} của cấp này); cai-cach tự đánh số lại.`,
          ),
        );
        findings.review(draft, "", `bản gốc đánh số "${e.text.split(/\s/)[0]}" ở đây; cai-cach đánh số lại theo thứ tự`);
      }
      const parent = stack.at(-1);
      if (parent) append(parent.blocks, { kind: "sections", sections: [draft] });
      else top.push(draft);
      stack.push(draft);
      continue;
    }
    if (!current) {
      before.push(e);
      continue;
    }
    if (e.joined) findings.review(current, "", `đoạn "${e.text.slice(0, 40)}…" được nối từ hai dòng của bản gốc`);
    if (label?.kind === "item") append(current.blocks, { kind: "items", items: [label.rest] });
    else if (label?.kind === "subitem") {
      const last = current.blocks.at(-1);
      if (last?.kind === "items" && last.items.length) {
        const i = last.items.length - 1;
        const prev = last.items[i]!;
        const item: Item = typeof prev === "string" ? { text: prev, items: [] } : prev;
        item.items = [...(item.items ?? []), label.rest];
        last.items[i] = item;
      } else append(current.blocks, { kind: "text", text: e.text });
    } else append(current.blocks, { kind: "text", text: e.text });
  }
  const guessed = collect(top).some((d) => d.guessed && d.title !== undefined);
  const sections = top.map((d) => finish(d, findings));
  if (guessed && sections[0])
    findings.review(
      sections[0],
      "",
      "tệp không có định dạng: dòng có số thứ tự ngắn, không có dấu chấm cuối được hiểu là tiêu đề khoản, xem lại",
    );
  return { sections, numbering, before };
}

const collect = (drafts: Draft[]): Draft[] =>
  drafts.flatMap((d) => [d, ...collect(d.blocks.flatMap((b) => (b.kind === "sections" ? b.sections : [])))]);

/** The short form (text, items, table, sections) as far as the order allows, then `content`. */
function finish(d: Draft, findings: Findings): Section {
  const s: Section = {};
  if (d.title !== undefined) s.title = d.title;
  const blocks = d.blocks;
  let i = 0;
  const texts: string[] = [];
  while (blocks[i]?.kind === "text") texts.push((blocks[i++] as { text: string }).text);
  if (texts.length) s.text = texts.length === 1 ? texts[0] : texts;
  const at = blocks[i];
  if (at?.kind === "items") {
    s.items = at.items;
    i++;
  }
  const t = blocks[i];
  if (t?.kind === "table") {
    s.table = t.table;
    i++;
  }
  const subs = blocks[i];
  if (subs?.kind === "sections") {
    s.sections = subs.sections.map((x) => finish(x, findings));
    i++;
  }
  if (i < blocks.length)
    s.content = blocks.slice(i).map((b) => {
      if (b.kind === "text") return b.text;
      if (b.kind === "items") return { items: b.items };
      if (b.kind === "table") return { table: b.table };
      return { sections: b.sections.map((x) => finish(x, findings)) };
    });
  const notes = findings.reviewsOf(d)?.get("");
  for (const n of notes ?? []) findings.review(s, "", n);
  return s;
}

/** A line cut in two by a blank line (a copy from a PDF): its second half starts in lower case. */
export function joinBrokenLines(lines: (Line | TableEntry)[], findings: Findings): (Line | TableEntry)[] {
  const out: (Line | TableEntry)[] = [];
  for (const e of lines) {
    const prev = out.at(-1);
    if (e.kind === "line" && prev?.kind === "line" && /^\p{Ll}/u.test(e.text) && !endsSentence(prev.text) && !labelOf(e.text)) {
      findings.problem(
        problemAt(
          "import/joined-lines",
          e.at,
          `Dòng bắt đầu bằng chữ thường "${e.text.slice(0, 30)}…" được nối vào đoạn trước (đoạn văn bị ngắt giữa câu).`,
        ),
      );
      out[out.length - 1] = { ...prev, text: `${prev.text} ${e.text}`, joined: true };
      continue;
    }
    out.push(e);
  }
  return out;
}
