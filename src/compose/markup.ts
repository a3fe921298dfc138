// The intermediate markup that templates emit and this module parses into the document tree.
// Templates decide wording and order; this markup names styles; the layout spec decides looks.
//
// One directive per line (blank lines are ignored, so templates may be laid out freely):
//   @<Style> text        a paragraph in the named style of src/layout/nd30.ts (e.g. "@TenLoai KẾ HOẠCH")
//   @<Style>+ text       the same, kept on the page of what follows (the closing sentence is
//                        never left apart from the signature row)
//   @<Style>/<n> text    the first n words in bold, the rest in the style ("@Dieu/2 Điều 1. Ban
//                        hành …": the article's label bold, its text running on); combines
//                        with + as "@Dieu+/2". The count is the template's, so no value can set it.
//   @rule <kind>         a rule under the previous paragraph of the same container:
//                          text       as long as its widest line (the Tiêu ngữ, ô 1)
//                          agency     ruleFraction.agency × its widest line (ô 2)
//                          trich-yeu  ruleFraction.trichYeu × its widest line (ô 5a)
//                        "its widest line" counts every line of the consecutive paragraphs of
//                        the same style just above (an agency name set on two lines);
//                        always capped to the container's width
//   @table <role> [keep] [widths=3,1,1] [header-rows=1] [align=center,,right] (a column's
//          alignment over its cells' styles; empty: the style's own)
//                        opens a table: role header | signature | joint | data; "keep" = never split
//   @row                 starts a row of the open table
//   @cell                starts a cell of the current row; paragraphs and rules go into it
//   @end                 closes the open table
//   @part [landscape]    starts a new part (an appendix: new page, own page numbering), on
//                        landscape pages when asked (a wide table, Phụ lục I, I.2)
// Any other line is an error (reported with its line number in the template's output).

import type { Block, Cell, CellBlock, Paragraph, Part, Run, Table } from "./tree.js";
import { type Align, ruleFraction, styleOf, styles, tables, textWidthMm, type StyleName } from "../layout/nd30.js";
import { mmToPt } from "../layout/units.js";
import { widestLine } from "./measure-lines.js";
import { balanceLines } from "./balance-lines.js";

const ALIGNS: readonly Align[] = ["left", "center", "right", "justify"];

export interface MarkupError {
  line: number;
  message: string;
}

const RULE_FRACTION: Record<string, number> = { text: 1, agency: ruleFraction.agency, "trich-yeu": ruleFraction.trichYeu };

function isStyle(name: string): name is StyleName {
  return Object.hasOwn(styles, name);
}

/** Width available to text in a cell of a layout table, or in the body. */
function containerWidthPt(table: Table | undefined, column: number): number {
  if (!table) return mmToPt(textWidthMm);
  const cols = table.role === "header" ? (table.widths ?? tables.header) : table.role === "signature" ? tables.signature : undefined;
  if (!cols) return mmToPt(textWidthMm);
  return mmToPt((cols[column] ?? textWidthMm) - 2 * tables.cellPaddingMm);
}

/** The text as runs: its first `boldWords` words bold (with the space after them), the rest plain. */
function leadRuns(text: string, boldWords: number): Run[] {
  if (boldWords === 0) return [{ text }];
  const m = new RegExp(`^((?:\\S+\\s+){${boldWords - 1}}\\S+)(.*)$`, "su").exec(text);
  if (!m) return [{ text, bold: true }];
  return m[2] === "" ? [{ text: m[1], bold: true }] : [{ text: m[1], bold: true }, { text: m[2] }];
}

export function parseMarkup(text: string): { parts: Part[]; errors: MarkupError[] } {
  const parts: Part[] = [{ blocks: [] }];
  const errors: MarkupError[] = [];
  let table: Table | undefined;
  let cell: Cell | undefined;
  let column = -1;
  let tableLine = 0;
  const target = (): (Block | CellBlock)[] => (cell ? cell.blocks : parts[parts.length - 1].blocks);

  // One line of the markup; `return` ends that line (a function, so early returns read plainly).
  const parseLine = (raw: string, index: number): void => {
    const line = raw.trim();
    const lineNo = index + 1;
    const fail = (message: string): void => void errors.push({ line: lineNo, message });
    if (line === "") return;
    const m = /^@(\S+)\s*(.*)$/.exec(line);
    if (!m) {
      fail(`dòng không bắt đầu bằng "@": ${line.slice(0, 60)}`);
      return;
    }
    const [, word, rest] = m;
    switch (word) {
      case "part":
        if (table) {
          fail("@part khi bảng chưa đóng (@end)");
          return;
        }
        if (rest !== "" && rest !== "landscape") {
          fail(`tùy chọn phần không rõ: "${rest}" (landscape)`);
          return;
        }
        parts.push(rest === "landscape" ? { blocks: [], landscape: true } : { blocks: [] });
        return;
      case "table": {
        if (table) {
          fail("@table lồng trong một bảng khác");
          return;
        }
        const [role, ...opts] = rest.split(/\s+/);
        if (role !== "header" && role !== "signature" && role !== "joint" && role !== "data") {
          fail(`vai trò bảng không rõ: "${role}"`);
          return;
        }
        table = { type: "table", role, rows: [] };
        tableLine = lineNo;
        for (const opt of opts) {
          if (opt === "keep") table.keepTogether = true;
          else if (opt.startsWith("widths=")) table.widths = opt.slice(7).split(",").map(Number);
          else if (opt.startsWith("header-rows=")) table.headerRows = Number(opt.slice(12));
          else if (opt.startsWith("align=")) {
            const aligns = opt
              .slice(6)
              .split(",")
              .map((a) => (a === "" ? null : a));
            const bad = aligns.find((a) => a !== null && !ALIGNS.includes(a as Align));
            if (bad) fail(`căn lề cột không rõ: "${bad}" (left, center, right, justify)`);
            else table.columnAlign = aligns as (Align | null)[];
          } else if (opt) fail(`tùy chọn bảng không rõ: "${opt}"`);
        }
        parts[parts.length - 1].blocks.push(table);
        cell = undefined;
        return;
      }
      case "row":
        if (!table) {
          fail("@row ngoài bảng");
          return;
        }
        table.rows.push([]);
        cell = undefined;
        column = -1;
        return;
      case "cell":
        if (!table || table.rows.length === 0) {
          fail("@cell ngoài một hàng (@row)");
          return;
        }
        cell = { blocks: [] };
        table.rows[table.rows.length - 1].push(cell);
        column += 1;
        return;
      case "end":
        if (!table) {
          fail("@end khi không có bảng nào mở");
          return;
        }
        table = undefined;
        cell = undefined;
        return;
      case "rule": {
        const fraction = RULE_FRACTION[rest];
        if (fraction === undefined) {
          fail(`loại đường kẻ không rõ: "${rest}" (text, agency, trich-yeu)`);
          return;
        }
        const blocks = target();
        const prev = blocks[blocks.length - 1];
        if (prev?.type !== "paragraph") {
          fail("@rule phải đứng ngay sau một đoạn");
          return;
        }
        const width = containerWidthPt(table, column);
        let widest = 0;
        for (let i = blocks.length - 1; i >= 0; i--) {
          const b = blocks[i];
          if (b.type !== "paragraph" || b.style !== prev.style) break;
          widest = Math.max(widest, widestLine(b.runs.map((r) => r.text).join(""), b.style, width));
        }
        const widthPt = Math.min(width, fraction * widest);
        blocks.push({ type: "rule", widthPt: Math.round(widthPt * 100) / 100 });
        return;
      }
      default: {
        const directive = /^([A-Za-z]+)(\+?)(?:\/(\d+))?$/.exec(word);
        const name = directive?.[1] ?? word;
        const keep = directive?.[2] === "+";
        const boldWords = Number(directive?.[3] ?? 0);
        if (!isStyle(name)) {
          fail(`kiểu đoạn không có trong quy cách: "@${name}"`);
          return;
        }
        if (table && !cell) {
          fail(`đoạn @${name} trong bảng nhưng ngoài ô (@cell)`);
          return;
        }
        // A balanced style (the trích yếu) becomes one paragraph per line, broken between phrases.
        const texts =
          styleOf(name).balanced === true && boldWords === 0 ? balanceLines(rest, name, containerWidthPt(table, column)) : [rest];
        for (const text of texts) {
          const p: Paragraph = { type: "paragraph", style: name, runs: leadRuns(text, boldWords), ...(keep ? { keepWithNext: true } : {}) };
          target().push(p);
        }
      }
    }
  };
  for (const [index, raw] of text.split("\n").entries()) parseLine(raw, index);
  if (table) errors.push({ line: tableLine, message: "bảng mở ở dòng này chưa đóng (@end)" });
  return { parts: parts.filter((p, i) => i === 0 || p.blocks.length > 0), errors };
}
