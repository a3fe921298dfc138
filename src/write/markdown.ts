// A plain-text (Markdown) view of the document tree, for reviewing plans in pull requests:
// the same paragraphs in the same order as the DOCX and PDF, headings marked, no layout.
import type { Block, Cell, DocumentTree, Paragraph, Table } from "../compose/tree.js";
import type { StyleName } from "../layout/nd30.js";
import { mdInline, mdParagraph } from "../util/markdown-text.js";

/** Markdown prefix of heading styles; other styles are plain paragraphs. */
const PREFIX: Partial<Record<StyleName, string>> = {
  TenLoai: "# ",
  PhuLuc: "# ",
  Muc: "## ",
  Khoan: "### ",
};

/** Styles shown bold or italic in the view (emphasis only where the document has it). */
const EMPHASIS: Partial<Record<StyleName, string>> = {
  CoQuanBanHanh: "**",
  QuocHieu: "**",
  TieuNgu: "**",
  TrichYeu: "**",
  PhuLucTen: "**",
  ChucVu: "**",
  NguoiKy: "**",
  NoiNhanTieuDe: "***",
  DiaDanhNgay: "*",
  CanCu: "*",
  PhuLucKemTheo: "*",
  DuThao: "**",
  Phan: "**",
  PhanTen: "**",
  ThamQuyen: "**",
  QuyetDinh: "**",
  DieuTen: "**",
  KemTheo: "*",
};

const textOf = (p: Paragraph): string => p.runs.map((r) => r.text).join("");

/**
 * Plan text is escaped by the one Markdown escaper (util/markdown-text.ts): it never becomes
 * HTML, a link, emphasis or a table break. Dash items and "1. …" stay as written (they read as
 * Markdown lists with the same marks and numbers); a heading's own "#" is ours, added after.
 */
function escapeText(text: string, style: StyleName): string {
  return PREFIX[style] ? mdInline(text) : mdParagraph(text);
}

/** A paragraph citing footnotes: its text escaped around Markdown's own references "[^1]". */
const withNotes = (p: Paragraph): string =>
  p.runs.map((r, i) => (r.note !== undefined ? `[^${r.text}]` : i === 0 ? escapeText(r.text, p.style) : mdInline(r.text))).join("");

function paragraph(p: Paragraph): string {
  const text = p.runs.some((r) => r.note !== undefined) ? withNotes(p) : escapeText(textOf(p), p.style);
  if (text === "") return "";
  const e = EMPHASIS[p.style] ?? "";
  return `${PREFIX[p.style] ?? ""}${e}${text}${e}`;
}

const cellText = (c: Cell): string =>
  c.blocks
    .map((b) => (b.type === "paragraph" ? mdInline(textOf(b)) : ""))
    .filter((t) => t !== "")
    .join(" ");

/** Data tables as Markdown tables; layout tables (header, signature) cell by cell. */
function table(t: Table): string {
  if (t.role === "data") {
    const [head, ...rest] = t.rows;
    if (!head) return "";
    const line = (row: Cell[]): string => `| ${row.map(cellText).join(" | ")} |`;
    return [line(head), `|${head.map(() => " --- |").join("")}`, ...rest.map(line)].join("\n");
  }
  const out: string[] = [];
  for (const row of t.rows) {
    for (const cell of row) {
      const lines = cell.blocks.map((b) => (b.type === "paragraph" ? paragraph(b) : "")).filter((l) => l !== "");
      if (lines.length) out.push(lines.join("  \n"));
    }
  }
  return out.join("\n\n");
}

const handlers: { [K in Block["type"]]: (b: Extract<Block, { type: K }>) => string } = {
  paragraph,
  rule: () => "",
  table,
};

/** The footnotes of the tree as Markdown footnote definitions, in their numbers' order. */
function footnotes(tree: DocumentTree): string[] {
  const out: string[] = [];
  const visit = (blocks: readonly (Block | Cell["blocks"][number])[]): void => {
    for (const b of blocks) {
      if (b.type === "paragraph") for (const r of b.runs) if (r.note !== undefined) out.push(`[^${r.text}]: ${mdInline(r.note)}`);
      if (b.type === "table") for (const row of b.rows) for (const cell of row) visit(cell.blocks);
    }
  };
  for (const part of tree.parts) visit(part.blocks);
  return out;
}

export function markdownOf(tree: DocumentTree): string {
  const parts = tree.parts.map((part) =>
    part.blocks
      .map((b) => (handlers[b.type] as (b: Block) => string)(b))
      .filter((s) => s !== "")
      .join("\n\n"),
  );
  const notes = footnotes(tree);
  return `${parts.join("\n\n---\n\n")}\n${notes.length > 0 ? `\n${notes.join("\n")}\n` : ""}`;
}

export async function writeMarkdown(tree: DocumentTree): Promise<Buffer> {
  return Buffer.from(markdownOf(tree), "utf8");
}
