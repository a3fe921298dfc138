// The text (Phụ lục I, II.6): 13–14 pt, justified, first line indented 1 cm or 1.27 cm, at least
// 6 pt between paragraphs, line spacing from single to 1.5 lines. Centred lines (titles of an
// appendix, "QUYẾT ĐỊNH:") are not text. A problem shared by many paragraphs usually comes from
// one style or one selection: it is reported once, at its first paragraph, with how many more.
import type { Code } from "../../diagnostics/codes.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { bodyRule, components } from "../../layout/nd30-ranges.js";
import { type AuditRule, mm, pt } from "../context.js";
import { finding } from "../finding.js";
import type { Line } from "../lines.js";
import { sizesOf } from "./components.js";
import { headingOf } from "./headings.js";

interface Problem {
  code: Code;
  /** What is wrong, the same for every paragraph it groups ("căn trái"). */
  what: string;
  message: (count: string) => string;
  hint: string;
}

const ALIGN_NAMES: Record<string, string> = { left: "căn trái", start: "căn trái", right: "căn phải", end: "căn phải", center: "căn giữa" };
const TOLERANCE_MM = 0.3;

const alignOf = (l: Line): string => l.p.format?.align ?? l.p.align ?? l.p.style.align ?? "left";
const isText = (l: Line): boolean => alignOf(l) !== "center";

/** Points of single line height per point of font size (Times New Roman, as Word sets it). */
const SINGLE = 1.15;

function problemsOf(l: Line, previous: Line | undefined): Problem[] {
  const out: Problem[] = [];
  const f = l.p.format ?? {};
  const heading = headingOf(l.plain);
  const titled = heading !== undefined && (heading.level === "muc" || heading.level === "phan" || heading.titled);
  const align = alignOf(l);
  if (!titled && align !== "both" && align !== "distribute") {
    const name = ALIGN_NAMES[align] ?? align;
    out.push({
      code: "audit/alignment",
      what: name,
      message: (n) => `Đoạn nội dung ${name}${n}, phải căn đều hai lề.`,
      hint: "Chọn đoạn, bấm Ctrl+J (Justify).",
    });
  }
  const [min, max] = components.body.sizePt;
  const bad = sizesOf(l).filter((s) => s < min || s > max);
  if (bad.length > 0)
    out.push({
      code: "audit/font-size",
      what: bad.join(","),
      message: (n) => `Đoạn nội dung cỡ chữ ${bad.map(pt).join(", ")}${n}, phải ${min}–${max} pt.`,
      hint: `Chọn đoạn, đặt cỡ chữ ${min} hoặc ${max}.`,
    });
  const indent = (f.indentLeftMm ?? 0) + (f.indentFirstLineMm ?? 0);
  const [iMin, iMax] = bodyRule.firstLineIndentMm;
  if (indent < iMin - TOLERANCE_MM || indent > iMax + TOLERANCE_MM)
    out.push({
      code: "audit/indent",
      what: mm(indent),
      message: (n) => `Dòng đầu đoạn lùi ${mm(indent)}${n}, phải lùi 1 cm hoặc 1,27 cm.`,
      hint: "Chọn đoạn, Paragraph → Indentation → Special: First line, By: 1 cm.",
    });
  const gap = (previous?.p.format?.spaceAfterPt ?? 0) + (f.spaceBeforePt ?? 0);
  if (previous && gap < bodyRule.minGapPt - 0.05)
    out.push({
      code: "audit/spacing",
      what: pt(gap),
      message: (n) => `Khoảng cách với đoạn trước ${pt(gap)}${n}, phải ít nhất 6 pt.`,
      hint: "Chọn đoạn, Paragraph → Spacing → Before: 6 pt.",
    });
  const line = f.line;
  const size = sizesOf(l)[0] ?? 14;
  const lines = line === undefined ? 1 : "lines" in line ? line.lines : line.pt / (size * SINGLE);
  const [lMin, lMax] = bodyRule.lineSpacing;
  if (lines < lMin - 0.1 || lines > lMax + 0.05) {
    const shown =
      line && "pt" in line
        ? `${line.exact ? "chính xác" : "tối thiểu"} ${pt(line.pt)}`
        : `${String(Math.round(lines * 100) / 100).replace(".", ",")} dòng`;
    out.push({
      code: "audit/line-spacing",
      what: shown,
      message: (n) => `Khoảng cách dòng ${shown}${n}, phải từ dòng đơn (Single) đến 1,5 dòng.`,
      hint: "Chọn đoạn, Paragraph → Line spacing: Single hoặc 1.5 lines.",
    });
  }
  return out;
}

export const bodyText: AuditRule = ({ found }) => {
  const groups = new Map<string, { problem: Problem; first: Line; more: number }>();
  let previous: Line | undefined;
  for (const l of found.body) {
    const adjacent = previous && previous.p.index === l.p.index - 1 ? previous : undefined;
    if (isText(l))
      for (const problem of problemsOf(l, adjacent)) {
        const key = `${problem.code}\u0000${problem.what}\u0000${l.p.style.id}`;
        const g = groups.get(key);
        if (g) g.more++;
        else groups.set(key, { problem, first: l, more: 0 });
      }
    previous = l;
  }
  const out: Diagnostic[] = [];
  for (const { problem, first, more } of groups.values())
    out.push(
      finding(
        problem.code,
        first,
        problem.message(more > 0 ? ` (và ${more} đoạn khác cùng kiểu "${first.p.style.name}")` : ""),
        problem.hint,
      ),
    );
  return out;
};
