// The solid rules under the Tiêu ngữ (as long as its line, II.1), under the issuing agency and
// under the trích yếu (1/3 to 1/2 of the line above, II.2, II.5.a). The text above is measured
// with the font's metrics (src/layout/fonts.ts: Tinos has Times New Roman's widths), as compose
// measures it to draw cai-cach's own rules.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { measureText } from "../../layout/fonts.js";
import { ruleLengths } from "../../layout/nd30-ranges.js";
import { type AuditRule, mm } from "../context.js";
import { finding } from "../finding.js";
import { type Line, visibleRuns } from "../lines.js";
import type { DrawnRule } from "../recognise.js";

const PT_MM = 25.4 / 72;
/** Slack for rounding to twips and for a rule drawn by hand: 5% of the line. */
const SLACK = 0.05;

/**
 * The width of the widest line among `lines` as Word sets it, in mm (a line wider than its cell
 * wraps), in the face the decree gives the component (bold): a line that lost its bold is one
 * finding of its own, not a second one about its rule.
 */
export function widestLineMm(lines: readonly Line[]): number {
  let widest = 0;
  for (const l of lines) {
    for (const piece of l.text.split("\n")) {
      const run = visibleRuns(l.p)[0];
      const size = run?.format?.sizePt ?? l.p.style.sizePt ?? 13;
      const face = { bold: true };
      widest = Math.max(widest, Math.min(measureText(piece.trim(), face, size) * PT_MM, l.widthMm));
    }
  }
  return widest;
}

interface Checked {
  what: string;
  above: readonly Line[];
  rule: DrawnRule | undefined;
  fraction: readonly [number, number];
  clause: string;
}

function judge({ what, above, rule, fraction, clause }: Checked): Diagnostic[] {
  const last = above.at(-1);
  if (!last) return [];
  if (!rule) {
    const hint =
      fraction[0] === 1
        ? "Kẻ một đường nét liền dưới Tiêu ngữ, dài bằng dòng chữ (Insert → Shapes → Line, hoặc viền dưới của một đoạn trống)."
        : `Kẻ một đường nét liền, căn giữa, dài từ 1/3 đến 1/2 dòng ${what}.`;
    return [finding("audit/rule-missing", last, `Thiếu đường kẻ ngang dưới ${what}.`, hint, { clause })];
  }
  const text = widestLineMm(above);
  if (Number.isNaN(rule.lengthMm) || text === 0) return [];
  const ratio = rule.lengthMm / text;
  if (ratio >= fraction[0] - SLACK && ratio <= fraction[1] + SLACK) return [];
  const want =
    fraction[0] === 1
      ? `bằng dòng chữ (${mm(text)})`
      : `từ ${mm(text * fraction[0])} đến ${mm(text * fraction[1])} (1/3 đến 1/2 dòng chữ ${mm(text)})`;
  return [
    finding(
      "audit/rule-length",
      rule.line,
      `Đường kẻ dưới ${what} dài ${mm(rule.lengthMm)}, phải ${want}.`,
      `Kéo đường kẻ cho dài ${want}.`,
      {
        place: { paragraph: rule.line.p.index, where: `đoạn ${rule.line.p.index}, đường kẻ dưới ${what}` },
        clause,
      },
    ),
  ];
}

export const drawnRules: AuditRule = ({ found }) => [
  ...(found.tieuNgu ? judge({ what: "Tiêu ngữ", above: [found.tieuNgu], rule: found.tieuNguRule, ...ruleLengths.tieuNgu }) : []),
  ...judge({ what: "tên cơ quan ban hành", above: found.issuer, rule: found.agencyRule, ...ruleLengths.agency }),
  ...judge({ what: "trích yếu", above: found.trichYeu, rule: found.trichYeuRule, ...ruleLengths.trichYeu }),
];
