// docxText(buffer): the normalised text of a DOCX, for golden files reviewed as diffs (docs/architecture.md §4:
// "compared as normalised text, not bytes"). Format, one item per line:
//
//   section 1: page 210 x 297 mm, margins top 20 right 15 bottom 20 left 30 mm, header 10 mm
//   section 1: page numbers restart at 1, first page different
//   section 1 header first: [SoTrang]
//   section 1 header default: [SoTrang] {PAGE}
//   == section 1 ==
//   | table: borders none, layout fixed, columns 65 | 115 mm
//   | row 1 (repeat, keep)            ← "repeat": a header row; "keep": cannot split
//   | row 1 / cell 1
//   [CoQuanChuQuan] ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
//   [rule] 90 pt                       ← empty paragraph with a bottom border, its drawn length
//   | end table
//   [Diem] a) **Nâng cao** nhận thức _cán bộ_   ← direct run bold **…**, italic _…_
//
// Page setup lines come first (one group per section), then the body. A paragraph with no style
// shows as [Normal] (but an empty one that only ends a section is left out); a field shows as {INSTRUCTION} (e.g. {PAGE}); tab → "\t" shown as "⇥",
// line break → "↵". Millimetres and points are rounded to 0.1. No dependency beyond jszip.

import JSZip from "jszip";

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity[0] !== "#") return named[entity.toLowerCase()] ?? "";
    return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });

/** A small XML reader for the WordprocessingML parts (no DTDs, no CDATA in what Word writes). */
export const parseXml = (xml: string): XmlNode => {
  const root: XmlNode = { name: "#root", attrs: {}, children: [] };
  const stack = [root];
  for (const [token] of xml.matchAll(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<[^>]+>|[^<]+/g)) {
    const top = stack[stack.length - 1]!;
    if (token.startsWith("<?") || token.startsWith("<!")) continue;
    if (token.startsWith("</")) {
      stack.pop();
      continue;
    }
    if (!token.startsWith("<")) {
      top.children.push(decode(token));
      continue;
    }
    const name = /^<([^\s/>]+)/.exec(token)![1]!;
    const attrs: Record<string, string> = {};
    for (const [, key, value] of token.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[key!] = decode(value!);
    const node: XmlNode = { name, attrs, children: [] };
    top.children.push(node);
    if (!token.endsWith("/>")) stack.push(node);
  }
  return root;
};

export const childrenNamed = (node: XmlNode | undefined, name: string): XmlNode[] =>
  (node?.children ?? []).filter((c): c is XmlNode => typeof c !== "string" && c.name === name);
export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => childrenNamed(node, name)[0];
/** Every descendant with this name, in document order. */
export const descendants = (node: XmlNode, name: string): XmlNode[] =>
  node.children.flatMap((c) => (typeof c === "string" ? [] : [...(c.name === name ? [c] : []), ...descendants(c, name)]));
const textOf = (node: XmlNode): string => node.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
const num = (node: XmlNode | undefined, attr = "w:w"): number => Number(node?.attrs[attr] ?? 0);
const round1 = (n: number): string => String(Math.round(n * 10) / 10);
const mm = (twip: number): string => round1((twip / 20) * (25.4 / 72));

/** Reads one part of the package as a parsed tree (undefined when the part is absent). */
export const readPart = async (zip: JSZip, path: string): Promise<XmlNode | undefined> => {
  const file = zip.file(path);
  return file === null ? undefined : parseXml(await file.async("string"));
};

const runText = (run: XmlNode): string =>
  run.children
    .map((c) => {
      if (typeof c === "string") return "";
      if (c.name === "w:t") return textOf(c);
      if (c.name === "w:tab") return "⇥";
      if (c.name === "w:br" || c.name === "w:cr") return "↵";
      // A hyphen Word never breaks at (document numbers and codes) reads as a hyphen; the writer's
      // tests check where it is used (test/write/docx/write-docx.test.ts).
      if (c.name === "w:noBreakHyphen") return "-";
      // A footnote's reference in the text, and the mark Word repeats before the note itself.
      if (c.name === "w:footnoteReference") return `[^${c.attrs["w:id"] ?? "?"}]`;
      if (c.name === "w:footnoteRef") return "[^]";
      return "";
    })
    .join("");

const on = (node: XmlNode | undefined): boolean => node !== undefined && !["0", "false", "off"].includes(node.attrs["w:val"] ?? "1");

/** The text of a paragraph's runs, with fields as {INSTR} and direct bold/italic marked. */
const paragraphText = (p: XmlNode): string => {
  let out = "";
  let field: { instr: string; inResult: boolean } | undefined;
  const runs = p.children.flatMap((c) => (typeof c === "string" ? [] : c.name === "w:r" ? [c] : descendants(c, "w:r")));
  for (const run of runs) {
    const fld = child(run, "w:fldChar");
    if (fld !== undefined) {
      const kind = fld.attrs["w:fldCharType"];
      if (kind === "begin") field = { instr: "", inResult: false };
      else if (kind === "separate" && field) field.inResult = true;
      else if (kind === "end" && field) {
        out += `{${field.instr.trim().split(/\s+/)[0]}}`;
        field = undefined;
      }
      continue;
    }
    const instr = child(run, "w:instrText");
    if (field !== undefined) {
      if (instr !== undefined && !field.inResult) field.instr += textOf(instr);
      continue;
    }
    let text = runText(run);
    const rPr = child(run, "w:rPr");
    if (text !== "" && on(child(rPr, "w:i"))) text = `_${text}_`;
    if (text !== "" && on(child(rPr, "w:b"))) text = `**${text}**`;
    out += text;
  }
  for (const simple of descendants(p, "w:fldSimple")) out += `{${(simple.attrs["w:instr"] ?? "").trim().split(/\s+/)[0]}}`;
  return out;
};

const paragraphLine = (p: XmlNode, containerTwip: number): string => {
  const pPr = child(p, "w:pPr");
  const style = child(pPr, "w:pStyle")?.attrs["w:val"] ?? "Normal";
  const text = paragraphText(p);
  const bottom = child(child(pPr, "w:pBdr"), "w:bottom");
  if (text === "" && bottom !== undefined && bottom.attrs["w:val"] !== "none") {
    const ind = child(pPr, "w:ind");
    const left = num(ind, "w:left") || num(ind, "w:start");
    const right = num(ind, "w:right") || num(ind, "w:end");
    return `[rule] ${round1((containerTwip - left - right) / 20)} pt`;
  }
  return text === "" ? `[${style}]` : `[${style}] ${text}`;
};

const bordersLabel = (tblPr: XmlNode | undefined): string => {
  const sides = child(tblPr, "w:tblBorders")?.children.filter((c): c is XmlNode => typeof c !== "string") ?? [];
  const kinds = new Set(
    sides.map((s) =>
      s.attrs["w:val"] === "nil"
        ? "none"
        : s.attrs["w:val"] === "single"
          ? `single ${round1(num(s, "w:sz") / 8)} pt`
          : (s.attrs["w:val"] ?? "none"),
    ),
  );
  return kinds.size === 0 ? "borders unset" : `borders ${[...kinds].join(" / ")}`;
};

const tableLines = (tbl: XmlNode): string[] => {
  const tblPr = child(tbl, "w:tblPr");
  const layout = child(tblPr, "w:tblLayout")?.attrs["w:type"] ?? "autofit";
  const cols = childrenNamed(child(tbl, "w:tblGrid"), "w:gridCol").map((g) => mm(num(g)));
  const mar = child(tblPr, "w:tblCellMar");
  const lines = [`| table: ${bordersLabel(tblPr)}, layout ${layout}, columns ${cols.join(" | ")} mm`];
  childrenNamed(tbl, "w:tr").forEach((tr, r) => {
    const trPr = child(tr, "w:trPr");
    const flags = [on(child(trPr, "w:tblHeader")) ? "repeat" : "", on(child(trPr, "w:cantSplit")) ? "keep" : ""].filter(Boolean);
    if (flags.length > 0) lines.push(`| row ${r + 1} (${flags.join(", ")})`);
    childrenNamed(tr, "w:tc").forEach((tc, c) => {
      const tcPr = child(tc, "w:tcPr");
      const cellMar = child(tcPr, "w:tcMar") ?? mar;
      const inner =
        num(child(tcPr, "w:tcW")) -
        num(child(cellMar, "w:left") ?? child(cellMar, "w:start")) -
        num(child(cellMar, "w:right") ?? child(cellMar, "w:end"));
      lines.push(`| row ${r + 1} / cell ${c + 1}`, ...blockLines(tc, inner));
    });
  });
  lines.push("| end table");
  return lines;
};

const blockLines = (container: XmlNode, widthTwip: number): string[] =>
  container.children.flatMap((c) => {
    if (typeof c === "string") return [];
    if (c.name === "w:p") return [paragraphLine(c, widthTwip)];
    if (c.name === "w:tbl") return tableLines(c);
    return [];
  });

const relationshipTargets = async (zip: JSZip): Promise<Map<string, string>> => {
  const rels = await readPart(zip, "word/_rels/document.xml.rels");
  const out = new Map<string, string>();
  for (const rel of descendants(rels ?? parseXml(""), "Relationship")) out.set(rel.attrs.Id ?? "", `word/${rel.attrs.Target ?? ""}`);
  return out;
};

const setupLines = async (zip: JSZip, sectPr: XmlNode, n: number, targets: Map<string, string>): Promise<string[]> => {
  const size = child(sectPr, "w:pgSz");
  const m = child(sectPr, "w:pgMar");
  const pgNum = child(sectPr, "w:pgNumType");
  const lines = [
    `section ${n}: page ${mm(num(size))} x ${mm(num(size, "w:h"))} mm, margins top ${mm(num(m, "w:top"))} right ${mm(num(m, "w:right"))} bottom ${mm(num(m, "w:bottom"))} left ${mm(num(m, "w:left"))} mm, header ${mm(num(m, "w:header"))} mm`,
    `section ${n}: page numbers ${pgNum?.attrs["w:start"] ? `restart at ${pgNum.attrs["w:start"]}` : "continue"}, first page ${on(child(sectPr, "w:titlePg")) ? "different" : "same"}`,
  ];
  const refs = childrenNamed(sectPr, "w:headerReference").sort((a, b) => (a.attrs["w:type"] ?? "").localeCompare(b.attrs["w:type"] ?? ""));
  for (const ref of refs) {
    const part = await readPart(zip, targets.get(ref.attrs["r:id"] ?? "") ?? "");
    const hdr = child(part, "w:hdr");
    const body = hdr === undefined ? ["(missing)"] : blockLines(hdr, 0);
    lines.push(`section ${n} header ${ref.attrs["w:type"]}: ${body.join(" ")}`);
  }
  return lines;
};

/**
 * Word's plumbing, not content: an empty paragraph without a style or border that carries a
 * section break, or that closes a section (Word needs a paragraph after a final table).
 */
const isPlumbing = (block: XmlNode, last: boolean): boolean => {
  if (block.name !== "w:p" || paragraphText(block) !== "") return false;
  const pPr = child(block, "w:pPr");
  if (child(pPr, "w:sectPr") !== undefined) return true;
  return last && child(pPr, "w:pStyle") === undefined && child(pPr, "w:pBdr") === undefined;
};

/** The normalised text of a DOCX (see the format at the top of this file). */
export const docxText = async (buffer: Uint8Array): Promise<string> => {
  const zip = await JSZip.loadAsync(buffer);
  const body = child(child(await readPart(zip, "word/document.xml"), "w:document"), "w:body");
  if (body === undefined) throw new Error("docxText: no word/document.xml body");
  // A section ends at the paragraph holding its sectPr; the last sectPr is the body's own.
  const sections: { sectPr: XmlNode; blocks: XmlNode[] }[] = [];
  let blocks: XmlNode[] = [];
  for (const c of body.children) {
    if (typeof c === "string") continue;
    if (c.name === "w:sectPr") {
      sections.push({ sectPr: c, blocks });
      blocks = [];
      continue;
    }
    blocks.push(c);
    const inner = child(child(c, "w:pPr"), "w:sectPr");
    if (c.name === "w:p" && inner !== undefined) {
      sections.push({ sectPr: inner, blocks });
      blocks = [];
    }
  }
  const targets = await relationshipTargets(zip);
  const lines: string[] = [];
  for (const [i, s] of sections.entries()) lines.push(...(await setupLines(zip, s.sectPr, i + 1, targets)));
  for (const [i, s] of sections.entries()) {
    const size = child(s.sectPr, "w:pgSz");
    const m = child(s.sectPr, "w:pgMar");
    const textWidth = num(size) - num(m, "w:left") - num(m, "w:right");
    lines.push(`== section ${i + 1} ==`);
    s.blocks.forEach((block, index) => {
      if (!isPlumbing(block, index === s.blocks.length - 1))
        lines.push(...blockLines({ name: "#", attrs: {}, children: [block] }, textWidth));
    });
  }
  // Footnotes (word/footnotes.xml) after the body, each as "footnote n: [Style] text"; the
  // separator notes Word requires (negative or zero ids, type separator) are left out.
  const notes = child(await readPart(zip, "word/footnotes.xml"), "w:footnotes");
  for (const note of childrenNamed(notes, "w:footnote")) {
    if (note.attrs["w:type"] !== undefined || Number(note.attrs["w:id"]) < 1) continue;
    for (const p of childrenNamed(note, "w:p")) lines.push(`footnote ${note.attrs["w:id"]}: ${paragraphLine(p, 0)}`);
  }
  return `${lines.join("\n")}\n`;
};
