// document.xml's block content: paragraphs (runs, tabs, breaks, fields, footnote references,
// tracked changes) and tables, in document order. Paragraphs are numbered as a clerk would count
// them in the document (tables included), so a diagnostic can point at "đoạn 12".
import { mergeParagraphFormat, mergeRunFormat, paragraphFormatOf, runFormatOf, type resolvedStyleFormats } from "./formatting.js";
import type { NumberingCounter } from "./numbering.js";
import { shapesOfRun } from "./shapes.js";
import { halfPointsToPt, runFont } from "./styles.js";
import type { DocxBlock, DocxCell, DocxParagraph, DocxRun, DocxShape, DocxTable, RunFormat, StyleInfo } from "./types.js";
import { attrOf, child, childrenNamed, isElement, textOf, toggle, type XmlElement } from "./xml.js";

export interface BlockContext {
  styles: ReadonlyMap<string, StyleInfo>;
  numbering: NumberingCounter;
  footnotes: ReadonlyMap<string, string>;
  /** Next paragraph number; undefined for parts that are not the main document (numbered 0). */
  counter?: { next: number };
  /** Styles' formatting resolved (formatting.ts), for the formatting Word shows; absent, none is computed. */
  formats?: ReturnType<typeof resolvedStyleFormats>;
}

const TWIP_MM = 25.4 / 1440;

/** Containers whose children are runs or more containers (hyperlinks, content controls, insertions). */
const RUN_CONTAINERS = new Set([
  "w:hyperlink",
  "w:ins",
  "w:smartTag",
  "w:customXml",
  "w:sdt",
  "w:sdtContent",
  "w:fldSimple",
  "w:dir",
  "w:bdo",
]);
/** Containers of blocks inside the body or a cell. */
const BLOCK_CONTAINERS = new Set(["w:sdt", "w:sdtContent", "w:customXml", "w:ins"]);

interface RunState {
  /** Inside a complex field: "instr" until w:fldChar separate, then "result" until end. */
  field: ("instr" | "result")[];
  pageBreak: boolean;
  /** Field instructions met (w:instrText pieces joined per field, w:fldSimple's w:instr). */
  instructions: string[];
  shapes: DocxShape[];
  /** The paragraph style's run formatting, under each run's own (formats only). */
  paragraphRun?: RunFormat;
}

function runsOf(el: XmlElement, ctx: BlockContext, state: RunState, out: DocxRun[]): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === "w:r") out.push(...runOf(c, ctx, state));
    else if (c.name === "w:del" || c.name === "w:moveFrom")
      continue; // deleted text is not the document's
    else if (RUN_CONTAINERS.has(c.name)) {
      if (c.name === "w:fldSimple") state.instructions.push(c.attrs.get("w:instr") ?? "");
      runsOf(c, ctx, state, out);
    }
  }
}

function runOf(r: XmlElement, ctx: BlockContext, state: RunState): DocxRun[] {
  const rPr = child(r, "w:rPr");
  const format = {
    bold: toggle(rPr, "w:b"),
    italic: toggle(rPr, "w:i"),
    underline: child(rPr, "w:u") ? attrOf(rPr, "w:u") !== "none" : undefined,
    sizePt: halfPointsToPt(attrOf(rPr, "w:sz")),
    font: runFont(rPr),
  };
  const hidden = toggle(rPr, "w:vanish") === true;
  state.shapes.push(...shapesOfRun(r));
  let text = "";
  const out: DocxRun[] = [];
  for (const c of r.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case "w:fldChar": {
        const type = c.attrs.get("w:fldCharType");
        if (type === "begin") {
          state.field.push("instr");
          state.instructions.push("");
        } else if (type === "separate") state.field[state.field.length - 1] = "result";
        else if (type === "end") state.field.pop();
        break;
      }
      case "w:t":
        if (state.field.at(-1) !== "instr") text += textOf(c);
        break;
      case "w:instrText":
        if (state.field.at(-1) === "instr" && state.instructions.length > 0) state.instructions[state.instructions.length - 1] += textOf(c);
        break;
      case "w:tab":
        text += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (c.attrs.get("w:type") === "page") state.pageBreak = true;
        else text += "\n";
        break;
      case "w:noBreakHyphen":
        text += "-";
        break;
      case "w:lastRenderedPageBreak":
        break;
      case "w:footnoteReference": {
        if (text) out.push({ text, ...format });
        text = "";
        const id = c.attrs.get("w:id") ?? "";
        out.push({ text: "", ...format, footnote: ctx.footnotes.get(id) ?? "" });
        break;
      }
    }
  }
  if (text && !hidden) out.push({ text, ...format });
  if (ctx.formats) {
    const own = runFormatOf(rPr);
    const styled = mergeRunFormat(ctx.formats.character.get(attrOf(rPr, "w:rStyle") ?? "") ?? {}, state.paragraphRun);
    for (const run of out) run.format = mergeRunFormat(own, styled);
  }
  return out;
}

export function paragraphOf(p: XmlElement, ctx: BlockContext): DocxParagraph {
  const pPr = child(p, "w:pPr");
  const styleId = attrOf(pPr, "w:pStyle") ?? "";
  const style = ctx.styles.get(styleId) ?? ctx.styles.get("") ?? { id: styleId, name: styleId };
  const styleFormat = ctx.formats?.paragraph.get(style.id) ?? ctx.formats?.paragraph.get(ctx.formats.defaultParagraphStyle ?? "");
  const state: RunState = {
    field: [],
    pageBreak: toggle(pPr, "w:pageBreakBefore") === true,
    instructions: [],
    shapes: [],
    paragraphRun: ctx.formats ? (styleFormat?.run ?? ctx.formats.defaults.run) : undefined,
  };
  const runs: DocxRun[] = [];
  runsOf(p, ctx, state, runs);
  const numPr = child(pPr, "w:numPr");
  const numId = attrOf(numPr, "w:numId") ?? style.numbering?.numId;
  const level = Number(attrOf(numPr, "w:ilvl") ?? style.numbering?.level ?? 0);
  // numId 0 switches numbering off for this paragraph (§17.9.18).
  const counted = numId && numId !== "0" ? ctx.numbering.next(numId, level) : undefined;
  const firstLine = child(pPr, "w:ind")?.attrs.get("w:firstLine");
  const visible = runs.filter((r) => r.text.trim() !== "");
  const text = runs.map((r) => r.text).join("");
  return {
    kind: "paragraph",
    index: ctx.counter ? ++ctx.counter.next : 0,
    style,
    align: attrOf(pPr, "w:jc"),
    indentFirstLineMm: firstLine === undefined ? undefined : Number(firstLine) * TWIP_MM,
    numbering: counted && numId ? { numId, level, ...counted } : undefined,
    runs,
    text,
    bold: visible.length > 0 && visible.every((r) => r.bold ?? style.bold ?? false),
    italic: visible.length > 0 && visible.every((r) => r.italic ?? style.italic ?? false),
    pageBreak: state.pageBreak,
    ...(ctx.formats
      ? {
          format: mergeParagraphFormat(paragraphFormatOf(pPr), styleFormat?.paragraph ?? ctx.formats.defaults.paragraph),
          fields: state.instructions.map((i) => i.trim().split(/\s+/)[0]!.toUpperCase()).filter((i) => i !== ""),
          shapes: state.shapes,
        }
      : {}),
  };
}

function tableOf(tbl: XmlElement, ctx: BlockContext): DocxTable {
  const tblPr = child(tbl, "w:tblPr");
  const borders = child(tblPr, "w:tblBorders");
  const drawn = (borders?.children ?? []).some(
    (b) => isElement(b) && (b.attrs.get("w:val") ?? "none") !== "none" && b.attrs.get("w:val") !== "nil",
  );
  const columnsMm = childrenNamed(child(tbl, "w:tblGrid") ?? tbl, "w:gridCol").map((g) => Number(g.attrs.get("w:w") ?? 0) * TWIP_MM);
  const rows: DocxCell[][] = childrenNamed(tbl, "w:tr").map((tr) =>
    childrenNamed(tr, "w:tc").map((tc) => {
      const tcPr = child(tc, "w:tcPr");
      const w = child(tcPr, "w:tcW");
      return {
        blocks: blocksOf(tc, ctx),
        span: Number(attrOf(tcPr, "w:gridSpan") ?? 1),
        widthMm: w && w.attrs.get("w:type") === "dxa" ? Number(w.attrs.get("w:w")) * TWIP_MM : undefined,
      };
    }),
  );
  return { kind: "table", rows, borders: drawn, columnsMm };
}

/** The blocks of a body, a cell, a header or a footer; `onSection` sees each paragraph-level section break. */
export function blocksOf(el: XmlElement, ctx: BlockContext, onSection?: (sectPr: XmlElement, blocks: DocxBlock[]) => void): DocxBlock[] {
  const out: DocxBlock[] = [];
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === "w:p") {
      out.push(paragraphOf(c, ctx));
      const sectPr = child(child(c, "w:pPr"), "w:sectPr");
      if (sectPr && onSection) onSection(sectPr, out.splice(0));
    } else if (c.name === "w:tbl") out.push(tableOf(c, ctx));
    else if (BLOCK_CONTAINERS.has(c.name)) out.push(...blocksOf(c, ctx, onSection));
  }
  return out;
}
