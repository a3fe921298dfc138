// --format md: the figures as Markdown, for a quick look or a wiki page.
import type { ReportData } from "../report-model.js";
import { windowSentence } from "../periods.js";
import { documentNumber } from "../../model/document-number.js";
import { fmt } from "../compile.js";
import { STATUS_TEXT, money, quantitiesText } from "./labels.js";
import { mdCode, mdInline as md } from "../../util/markdown-text.js";

// Every text from the plan, the logs or a file name goes through the one Markdown escaper
// (util/markdown-text.ts): a "|" cannot break a table, a "<script>" or a link cannot become HTML.

export function reportMarkdown(r: ReportData): string {
  const out: string[] = [];
  const p = r.period;
  out.push(`# Số liệu báo cáo ${p.label}`, "");
  const cited = r.plan.byDecision ? "Kế hoạch ban hành kèm theo Quyết định số" : "Kế hoạch số";
  out.push(`${cited} ${documentNumber(r.plan.number, r.plan.code)}: ${md(r.plan.title)}.`, "");
  out.push(`${windowSentence(p)}; lũy kế từ ngày ${p.yearStart.split("-").reverse().join("/")}.`, "");
  if (r.sample) out.push("> **Dữ liệu mẫu**: số liệu lấy từ nhật ký mẫu, không phải số liệu thật.", "");
  out.push("## Kết quả theo mục kế hoạch", "", "| Mục | Trong kỳ | Lũy kế năm | Chỉ tiêu | Trạng thái |", "|---|---|---|---|---|");
  for (const i of r.items) {
    const target = i.targets.map((t) => `${fmt(t.target)} ${t.measure} (${Math.round(t.ratio * 100)}%)`).join(", ") || "—";
    out.push(
      `| ${md(i.label)} (${mdCode(i.id)}) | ${md(quantitiesText(i.period))}; ${i.period.entries} hoạt động | ${md(quantitiesText(i.yearToDate))} | ${md(target)} | ${STATUS_TEXT[i.status]} |`,
    );
  }
  out.push("", "## Tổng hợp theo đơn vị tính", "", "| Đơn vị tính | Trong kỳ | Kỳ trước | Tăng/giảm |", "|---|---|---|---|");
  for (const c of r.byMeasure)
    out.push(
      `| ${md(c.measure)} | ${fmt(c.period)} | ${fmt(c.previous)} | ${c.delta >= 0 ? "+" : ""}${fmt(c.delta)}${c.percent !== undefined ? ` (${c.percent}%)` : ""} |`,
    );
  out.push("", "## Theo đơn vị thực hiện", "", "| Đơn vị | Hoạt động | Số lượng | Kinh phí |", "|---|---|---|---|");
  for (const u of r.byUnit) out.push(`| ${md(u.name)} | ${u.period.entries} | ${md(quantitiesText(u.period))} | ${money(u.period.cost)} |`);
  out.push(
    "",
    "## Kinh phí",
    "",
    `Trong kỳ: ${money(r.budget.period)}; lũy kế năm: ${money(r.budget.yearToDate)}; các mục có dự toán trong kế hoạch (tổng ${money(r.budget.planned)}) đã dùng ${money(r.budget.plannedUsed)}.`,
  );
  out.push("", "## Tồn tại, hạn chế (mục chưa có hoạt động trong kỳ)", "");
  out.push(...(r.gaps.length ? r.gaps.map((g) => `- ${md(g.label)} (${mdCode(g.id)})`) : ["- Không có."]));
  out.push("", `## Phương hướng ${r.nextPeriod.label}`, "");
  out.push(...(r.next.length ? r.next.map((t) => `- ${md(t.label)} (${md(t.reasons.join("; "))})`) : ["- Không có."]));
  if (r.unmatched.length) {
    out.push("", "## Mục nhật ký không khớp kế hoạch", "");
    for (const u of r.unmatched)
      out.push(
        `- ${mdCode(u.source)} ${md(u.date)}: ${md(u.summary)}${u.ids.length ? ` (mã không có: ${md(u.ids.join(", "))})` : ""}${u.unit !== undefined ? ` (đơn vị không có: ${md(u.unit) || "trống"})` : ""}`,
      );
  }
  return `${out.join("\n")}\n`;
}
