import { beforeAll, describe, expect, it } from "vitest";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { composePlan } from "../../src/compose/compose-plan.js";
import type { Block, CellBlock, DocumentTree, Paragraph, Rule, Table } from "../../src/compose/tree.js";
import { ruleFraction, textWidthMm } from "../../src/layout/nd30.js";
import { lineWidths } from "../../src/layout/paragraph-lines.js";
import { mmToPt } from "../../src/layout/units.js";
import type { Plan } from "../../src/model/plan.js";
import { expectGolden } from "../helpers/golden.js";

const GOLDEN = new URL("./golden/plan-2022.tree.txt", import.meta.url);

/** One line per paragraph "[Style] text", rules "[rule]", tables opened and closed. */
function outline(blocks: (Block | CellBlock)[], indent = ""): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.type === "paragraph") return [`${indent}[${b.style}] ${b.runs.map((r) => r.text).join("")}`];
    if (b.type === "rule") return [`${indent}[rule]`];
    return [
      `${indent}<table ${b.role}${b.keepTogether ? " keep" : ""}>`,
      ...b.rows.flatMap((row, r) =>
        row.flatMap((cell, c) => [`${indent}  <cell ${r + 1}.${c + 1}>`, ...outline(cell.blocks, `${indent}    `)]),
      ),
    ];
  });
}

/** The paragraph's text set on one line, as the one line breaker measures (and the PDF draws) it. */
const width = (p: Paragraph): number => lineWidths(p.runs[0].text, p.style, Number.POSITIVE_INFINITY)[0];

describe("composePlan on the seed plan 175/KH-SVHTTDL", () => {
  let plan: Plan;
  let tree: DocumentTree;
  beforeAll(async () => {
    const loaded = await loadPlan("plans/plan-2022.yaml");
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    plan = loaded.value!;
    const composed = composePlan(plan);
    expect(composed.diagnostics).toEqual([]);
    tree = composed.value!;
  });

  it("gives the sequence of styles and texts of the reviewed golden outline", () => {
    const text = `${tree.parts.map((p) => outline(p.blocks).join("\n")).join("\n<part>\n")}\n`;
    expectGolden(GOLDEN, text);
  });

  it("sets the header as a 2×2 table: agency | Quốc hiệu, Số | place and date", () => {
    const header = tree.parts[0].blocks[0] as Table;
    expect(header.type).toBe("table");
    expect(header.role).toBe("header");
    expect(header.rows.map((r) => r.length)).toEqual([2, 2]);
    const [[agency, nation], [code, date]] = header.rows;
    expect(agency.blocks.map((b) => (b.type === "paragraph" ? b.style : "rule"))).toEqual([
      "CoQuanChuQuan",
      "CoQuanChuQuan",
      "CoQuanBanHanh",
      "CoQuanBanHanh",
      "rule",
    ]);
    expect(nation.blocks.map((b) => (b.type === "paragraph" ? b.runs[0].text : "rule"))).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "rule",
    ]);
    expect((code.blocks[0] as Paragraph).runs[0].text).toBe("Số: 175/KH-SVHTTDL");
    expect(date.blocks[0] as Paragraph).toMatchObject({ style: "DiaDanhNgay", runs: [{ text: "Đồng Nai, ngày 27 tháng 01 năm 2022" }] });
  });

  it("computes every rule from the font's metrics", () => {
    const [[agency, nation]] = (tree.parts[0].blocks[0] as Table).rows;
    const tieuNgu = nation.blocks[1] as Paragraph;
    expect((nation.blocks[2] as Rule).widthPt).toBeCloseTo(width(tieuNgu), 1);
    const agencyLines = agency.blocks.filter((b): b is Paragraph => b.type === "paragraph" && b.style === "CoQuanBanHanh");
    const widest = Math.max(...agencyLines.map(width));
    expect((agency.blocks[4] as Rule).widthPt).toBeCloseTo(ruleFraction.agency * widest, 1);
    const body = tree.parts[0].blocks;
    const trichYeu = body.find((b): b is Paragraph => b.type === "paragraph" && b.style === "TrichYeu")!;
    const rule = body[body.indexOf(trichYeu) + 1] as Rule;
    expect(rule.type).toBe("rule");
    expect(rule.widthPt).toBeCloseTo(Math.min(mmToPt(textWidthMm), ruleFraction.trichYeu * width(trichYeu)), 1);
    expect(rule.widthPt).toBeGreaterThan(mmToPt(textWidthMm) * 0.2);
  });

  it("ends with the signature row, kept together: Nơi nhận | GIÁM ĐỐC and the name", () => {
    const blocks = tree.parts[0].blocks;
    const sig = blocks[blocks.length - 1] as Table;
    expect(sig).toMatchObject({ type: "table", role: "signature", keepTogether: true });
    const [left, right] = sig.rows[0];
    const lines = (cellBlocks: CellBlock[]) => cellBlocks.map((b) => (b.type === "paragraph" ? `${b.style}: ${b.runs[0].text}` : "rule"));
    expect(lines(left.blocks)).toEqual([
      "NoiNhanTieuDe: Nơi nhận:",
      "NoiNhan: - VP UBND tỉnh;",
      "NoiNhan: - GĐ, PGĐ Sở;",
      "NoiNhan: - Các phòng thuộc Sở;",
      "NoiNhan: - Trung tâm VH-ĐA;",
      "NoiNhan: - Lưu: VT, TCHC.",
      "NoiNhan: P.O",
    ]);
    expect(lines(right.blocks)).toEqual(["ChucVu: GIÁM ĐỐC", "NguoiKy: Lê Kim Bằng"]);
    const closing = blocks[blocks.length - 2] as Paragraph;
    expect(closing.runs[0].text.endsWith("Du lịch./.")).toBe(true);
    // The closing sentence never stays behind when the signature row moves to the next page.
    expect(closing.keepWithNext).toBe(true);
  });

  it("takes meta from the plan, its date the plan's date", () => {
    expect(tree.meta).toMatchObject({ date: "2022-01-27", subject: plan.title });
  });

  it("numbers appendices with Roman numerals in their own parts, titles IN HOA", () => {
    const withAppendix: Plan = {
      ...plan,
      appendices: [
        { title: "Danh mục tin bài", table: { columns: ["STT", "Nội dung"], rows: [["1", "Tin"]], widths: [1, 5] } },
        { title: "Kinh phí", text: "Chi tiết." },
      ],
    };
    const t = composePlan(withAppendix).value!;
    expect(t.parts).toHaveLength(3);
    expect(outline(t.parts[2].blocks)).toEqual([
      "[PhuLuc] Phụ lục II",
      "[PhuLucTen] KINH PHÍ",
      "[PhuLucKemTheo] (Kèm theo Kế hoạch số 175/KH-SVHTTDL ngày 27 tháng 01 năm 2022)",
      "[NoiDung] Chi tiết.",
    ]);
    const table = t.parts[1].blocks[3] as Table;
    expect(table).toMatchObject({ role: "data", widths: [1, 5], headerRows: 1 });
    expect(outline([table])).toContain("    [BangTieuDe] Nội dung");
    expect(outline([table])).toContain("    [BangSo] 1");
    expect(outline([table])).toContain("    [Bang] Tin");
  });

  it("lays out other types with the generic template: their tên loại, Kính gửi, căn cứ lines", () => {
    const other: Plan = {
      ...plan,
      type: "HD",
      code: "HD-SVHTTDL",
      number: 3,
      addressees: ["Các phòng thuộc Sở"],
      opening: { basis: ["Căn cứ Nghị định số 30/2020/NĐ-CP.", "Căn cứ Kế hoạch số 175/KH-SVHTTDL"] },
    };
    const t = composePlan(other).value!;
    const lines = outline(t.parts[0].blocks.slice(1, 7));
    expect(lines).toEqual([
      "[TenLoai] HƯỚNG DẪN",
      `[TrichYeu] ${plan.title}`,
      "[rule]",
      "[KinhGui] Kính gửi: Các phòng thuộc Sở",
      "[CanCu] Căn cứ Nghị định số 30/2020/NĐ-CP;",
      "[CanCu] Căn cứ Kế hoạch số 175/KH-SVHTTDL.",
    ]);
    expect(outline(t.parts[0].blocks.slice(0, 1))).toContain("    [SoKyHieu] Số: 03/HD-SVHTTDL");
  });
});
