// A table column's alignment (issue 13, "TT centred"): `@table … align=center` sets the tree's
// Table.columnAlign; the PDF layout centres that column's text, the DOCX gives its paragraphs a
// direct w:jc (no new style, so no document's styles.xml changes), and the report's appendix
// centres its TT column.
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { parseMarkup } from "../../src/compose/markup.js";
import type { Table } from "../../src/compose/tree.js";
import { layoutTable } from "../../src/write/pdf/table-layout.js";
import { runCli } from "../helpers/cli-run.js";
import { child, childrenNamed, descendants, readPart, type XmlNode } from "../helpers/docx-text.js";

const markup = (options: string): ReturnType<typeof parseMarkup> =>
  parseMarkup(`@table data widths=1,6${options}\n@row\n@cell\n@Bang 1\n@cell\n@Bang Nội dung\n@end\n`);

const firstTable = (options: string): Table => {
  const block = markup(options).parts[0]!.blocks.find((b) => b.type === "table");
  return block as Table;
};

describe("column alignment", () => {
  it("the markup sets it per column; an unknown alignment is an error", () => {
    expect(firstTable(" align=center").columnAlign).toEqual(["center"]);
    expect(firstTable(" align=,right").columnAlign).toEqual([null, "right"]);
    expect(firstTable("").columnAlign).toBeUndefined();
    expect(
      markup(" align=middle")
        .errors.map((e) => e.message)
        .join(""),
    ).toContain('căn lề cột không rõ: "middle"');
  });

  it("the PDF layout centres the column's text, and only that column's", () => {
    const xs = (t: Table): number[] => layoutTable(t, 400).slices[0]!.ops.flatMap((op) => (op.kind === "text" ? [op.x] : []));
    const [plainOne, plainText] = xs(firstTable(""));
    const [centredOne, centredText] = xs(firstTable(" align=center"));
    expect(centredOne).toBeGreaterThan(plainOne! + 10);
    expect(centredText).toBe(plainText);
  });

  it("the report's appendix: TT centred by a direct w:jc, the item column left to its style", async () => {
    const root = mkdtempSync(join(tmpdir(), "cai-cach-tt-centred-"));
    mkdirSync(join(root, ".git"));
    cpSync(resolve("plans"), join(root, "plans"), { recursive: true });
    cpSync(resolve("logs"), join(root, "logs"), { recursive: true });
    const r = await runCli(["report", "--quarter", "1", "--format", "docx"], root);
    expect(r.code, r.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(root, "out", "bao-cao-2022-Q1.docx")));
    const doc = (await readPart(zip, "word/document.xml"))!;
    const appendix = descendants(doc, "w:tbl").at(-1)!;
    const jc = (cell: XmlNode): string | undefined => child(child(child(cell, "w:p"), "w:pPr"), "w:jc")?.attrs["w:val"];
    const rows = childrenNamed(appendix, "w:tr").slice(1);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const [tt, item] = childrenNamed(row, "w:tc");
      expect(jc(tt!)).toBe("center");
      expect(jc(item!)).toBeUndefined();
    }
  });
});
