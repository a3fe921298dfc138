import { describe, expect, it } from "vitest";
import { paragraph } from "../../../src/compose/tree.js";
import { lineHeight, measureText } from "../../../src/layout/fonts.js";
import { styleOf } from "../../../src/layout/nd30.js";
import { mmToPt } from "../../../src/layout/units.js";
import { layoutParagraph, type LaidLine } from "../../../src/write/pdf/paragraph-layout.js";
import { LOREM } from "./sample-tree.js";

const WIDTH = 300;
const right = (line: LaidLine): number => {
  const last = line.ops[line.ops.length - 1];
  return last.x + measureText(last.text, last.face, last.sizePt);
};
const text = (line: LaidLine): string => line.ops.map((o) => o.text).join("|");

describe("layoutParagraph", () => {
  it("justify fills every line but the last to the full width, after the first-line indent", () => {
    const laid = layoutParagraph(paragraph("NoiDung", LOREM), WIDTH);
    expect(laid.lines.length).toBeGreaterThan(2);
    expect(laid.lines[0].ops[0].x).toBeCloseTo(mmToPt(styleOf("NoiDung").firstLineIndentMm!), 6);
    for (const line of laid.lines.slice(0, -1)) expect(right(line)).toBeCloseTo(WIDTH, 6);
    const last = laid.lines[laid.lines.length - 1];
    expect(last.ops[0].x).toBe(0);
    expect(right(last)).toBeLessThan(WIDTH - 1);
  });

  it("centres, right-aligns and left-aligns a short line", () => {
    const w = measureText("KẾ HOẠCH", { bold: true }, styleOf("TenLoai").sizePt);
    const centred = layoutParagraph(paragraph("TenLoai", "KẾ HOẠCH"), WIDTH).lines[0];
    expect(centred.ops[0].x).toBeCloseTo((WIDTH - w) / 2, 6);
    const n = measureText("12", {}, styleOf("BangSo").sizePt);
    expect(layoutParagraph(paragraph("BangSo", "12"), WIDTH).lines[0].ops[0].x).toBeCloseTo(WIDTH - n, 6);
    expect(layoutParagraph(paragraph("NoiNhan", "- Lưu: VT."), WIDTH).lines[0].ops[0].x).toBe(0);
  });

  it("uses the face's single line height times the style's spacing", () => {
    const s = styleOf("NoiDung");
    const laid = layoutParagraph(paragraph("NoiDung", LOREM), WIDTH);
    for (const line of laid.lines) expect(line.height).toBeCloseTo(lineHeight({}, s.sizePt) * s.lineSpacing, 9);
    expect(laid.spaceBefore).toBe(s.spaceBeforePt);
  });

  it("keeps with next from the style or from the block", () => {
    expect(layoutParagraph(paragraph("Muc", "I. MỤC TIÊU"), WIDTH).keepWithNext).toBe(true);
    expect(layoutParagraph(paragraph("NoiDung", "x"), WIDTH).keepWithNext).toBe(false);
    expect(layoutParagraph(paragraph("NoiDung", "x", { keepWithNext: true }), WIDTH).keepWithNext).toBe(true);
  });

  it("breaks a word longer than a line between characters, losing nothing", () => {
    const long = "Đồng".repeat(40);
    const laid = layoutParagraph(paragraph("NoiNhan", `xem ${long} tiếp`), 100);
    expect(laid.lines.map((l) => l.ops.map((o) => o.text).join("")).join("")).toBe(`xem${long}tiếp`);
    for (const line of laid.lines) expect(right(line)).toBeLessThanOrEqual(100 + 0.01);
    expect(laid.lines.length).toBeGreaterThan(3);
  });

  it("draws bold and italic runs in their own face, inside one line", () => {
    const p = {
      type: "paragraph" as const,
      style: "NoiDung" as const,
      runs: [{ text: "Chữ " }, { text: "đậm", bold: true }, { text: "," }],
    };
    const ops = layoutParagraph(p, WIDTH).lines[0].ops;
    expect(text({ height: 0, ops })).toBe("Chữ|đậm|,");
    expect(ops[1].face.bold).toBe(true);
    expect(ops[2].face.bold).toBe(false);
    // "đậm," is one word: the comma follows the bold piece with no gap.
    expect(ops[2].x).toBeCloseTo(ops[1].x + measureText("đậm", { bold: true }, 14), 6);
  });

  it("draws decomposed (NFD) input as precomposed text", () => {
    const ops = layoutParagraph(paragraph("NoiDung", "Việt Nam".normalize("NFD")), WIDTH).lines[0].ops;
    expect(ops.map((o) => o.text).join(" ")).toBe("Việt Nam".normalize("NFC"));
  });

  it("gives an empty paragraph one line", () => {
    expect(layoutParagraph(paragraph("NoiDung", ""), WIDTH).lines).toHaveLength(1);
  });
});
