// A Markdown document (cai-cach's own `render --format md`, or one a clerk wrote) parsed by
// mdast-util-from-markdown with GitHub's extensions (tables, footnotes), never by hand: escapes,
// emphasis, hard line breaks and lists are CommonMark's. A list item keeps its mark ("- ", "1. ")
// because the mark is the decree's numbering; bold and italic tell the recogniser what a line is
// (the agency in bold, the place and date in italic) where a text file could not.
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import type { Entry, Line, ReadSource } from "./entries.js";

interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Inline content as pieces of text with their emphasis; a hard break ends a line ("\n" piece). */
function inline(nodes: PhrasingContent[], bold: boolean, italic: boolean, out: Piece[]): void {
  for (const n of nodes) {
    if (n.type === "text" || n.type === "inlineCode" || n.type === "html") out.push({ text: n.value, bold, italic });
    else if (n.type === "break") out.push({ text: "\n", bold, italic });
    else if (n.type === "strong") inline(n.children, true, italic, out);
    else if (n.type === "emphasis") inline(n.children, bold, true, out);
    else if (n.type === "delete" || n.type === "link" || n.type === "linkReference") inline(n.children, bold, italic, out);
    else if (n.type === "footnoteReference") out.push({ text: `[^${n.identifier}]`, bold, italic });
  }
}

/** One line per hard break; a line is bold (italic) when all its visible text is. */
function linesOf(nodes: PhrasingContent[], lineNo: number, prefix = "", heading?: number): Line[] {
  const pieces: Piece[] = [];
  inline(nodes, false, false, pieces);
  const lines: Line[] = [];
  let current: Piece[] = [];
  let offset = 0;
  const flush = (): void => {
    const text = (prefix + current.map((p) => p.text).join("")).replace(/\s+/gu, " ").trim();
    const visible = current.filter((p) => p.text.trim() !== "" && !/^\[\^[^\]]+\]$/.test(p.text));
    if (text !== "")
      lines.push({
        kind: "line",
        text,
        bold: visible.length > 0 && visible.every((p) => p.bold),
        italic: visible.length > 0 && visible.every((p) => p.italic),
        heading,
        marked: true,
        at: { line: lineNo + offset },
      });
    current = [];
    prefix = "";
    offset++;
  };
  for (const p of pieces) {
    if (p.text === "\n") flush();
    else current.push(p);
  }
  flush();
  return lines;
}

const lineOf = (n: Nodes): number => n.position?.start.line ?? 0;

function listEntries(list: List, out: Entry[], skipped: ReadSource["skipped"]): void {
  list.children.forEach((item: ListItem, i) => {
    const mark = list.ordered ? `${(list.start ?? 1) + i}. ` : "- ";
    let first = true;
    for (const child of item.children) {
      if (child.type === "paragraph") {
        out.push(...linesOf(child.children, lineOf(child), first ? mark : ""));
        first = false;
      } else blockEntries(child, out, skipped);
    }
  });
}

const cellText = (nodes: PhrasingContent[]): string => {
  const pieces: Piece[] = [];
  inline(nodes, false, false, pieces);
  return pieces
    .map((p) => p.text)
    .join("")
    .replace(/\s+/gu, " ")
    .trim();
};

function blockEntries(node: RootContent, out: Entry[], skipped: ReadSource["skipped"]): void {
  switch (node.type) {
    case "heading":
      out.push(...linesOf((node as Heading).children, lineOf(node), "", (node as Heading).depth));
      return;
    case "paragraph":
      out.push(...linesOf((node as Paragraph).children, lineOf(node)));
      return;
    case "list":
      listEntries(node as List, out, skipped);
      return;
    case "table":
      out.push({
        kind: "table",
        rows: (node as Table).children.map((row) => row.children.map((c) => cellText(c.children))),
        at: { line: lineOf(node) },
      });
      return;
    case "thematicBreak":
      out.push({ kind: "break", at: { line: lineOf(node) } });
      return;
    case "footnoteDefinition":
    case "definition":
      return;
    default:
      skipped.push({ at: { line: lineOf(node) }, what: MD_KINDS[node.type] ?? node.type });
  }
}

const MD_KINDS: Partial<Record<string, string>> = {
  code: "khối mã (code)",
  blockquote: "đoạn trích dẫn (>)",
  html: "mã HTML",
  image: "hình ảnh",
};

export function readMarkdown(text: string): ReadSource {
  const root = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const entries: Entry[] = [];
  const skipped: ReadSource["skipped"] = [];
  const footnotes = new Map<string, string>();
  for (const node of root.children) {
    if (node.type === "footnoteDefinition") {
      const texts = node.children.flatMap((c) => (c.type === "paragraph" ? [cellText(c.children)] : []));
      footnotes.set(node.identifier, texts.join("\n"));
    } else blockEntries(node, entries, skipped);
  }
  return { entries, footnotes, skipped };
}
