// The report dashboard (/report): the figures of the existing report use-case (prepareReport,
// the same as `report --format json`) for the period chosen in the page — each tracked item's
// progress against its target, the period's activities by unit and by month as SVG charts, and
// links to download the Báo cáo.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { openProject } from "../../project/project.js";
import { fmt } from "../../report/compile.js";
import { short } from "../../report/periods.js";
import type { ItemReport, ReportData } from "../../report/report-model.js";
import { STATUS_TEXT } from "../../report/formats/labels.js";
import { escapeHtml } from "../../util/html-escape.js";
import { prepareReport } from "../report.js";
import { barChart, progressBar } from "./svg-charts.js";
import { PERIOD_CHOICES, type PeriodChoice } from "./report-periods.js";

export interface ReportView {
  html: string;
  diagnostics: Diagnostic[];
}

/** Formats the dashboard offers for download: `report --format xlsx` does not exist yet, so CSV. */
export const DOWNLOADS = ["docx", "pdf", "csv"] as const;

function itemRows(item: ItemReport): string[] {
  return item.targets.map((t) => {
    const percent = Math.round(t.ratio * 100);
    return (
      `<tr data-item="${escapeHtml(item.id)}" data-measure="${escapeHtml(t.measure)}">` +
      `<td>${escapeHtml(item.label)}</td><td class="progress-cell">${progressBar(t.ratio)}</td>` +
      `<td class="figure"><span class="done">${fmt(t.done)}</span>/<span class="target">${fmt(t.target)}</span> ${escapeHtml(t.measure)}</td>` +
      `<td class="percent">${percent}%</td><td>${escapeHtml(STATUS_TEXT[item.status])}</td></tr>`
    );
  });
}

/** Activities (log entries) of each month of the period, each month run through the report itself. */
async function byMonth(choice: PeriodChoice, year: number, cwd: string): Promise<{ label: string; value: number }[]> {
  const bars = [];
  for (const month of choice.months) {
    const run = await prepareReport({ project: openProject(cwd), month: String(month), year: String(year) });
    bars.push({ label: `Tháng ${month}`, value: run.value?.data.totals.period.entries ?? 0 });
  }
  return bars;
}

function periodForm(choice: PeriodChoice): string {
  const options = PERIOD_CHOICES.map(
    (c) => `<option value="${c.key}"${c.key === choice.key ? " selected" : ""}>${escapeHtml(c.label)}</option>`,
  ).join("");
  return `<form class="period" method="get" action="/report"><label>Kỳ báo cáo <select name="period">${options}</select></label> <button type="submit">Xem</button></form>`;
}

function body(data: ReportData, choice: PeriodChoice, months: { label: string; value: number }[]): string {
  const tracked = data.items.filter((i) => i.targets.length > 0);
  const downloads = DOWNLOADS.map(
    (f) => `<a class="download" href="/report/download?period=${choice.key}&amp;format=${f}" download>${f.toUpperCase()}</a>`,
  ).join(" ");
  return [
    `<h1>Báo cáo ${escapeHtml(data.period.label)}</h1>`,
    `<p class="window">Số liệu từ ngày ${short(data.period.from)} đến ngày ${short(data.period.to)}; chỉ tiêu tính lũy kế từ đầu năm.${data.sample ? " Có nhật ký mẫu (sample)." : ""}</p>`,
    `<p class="downloads">Tải báo cáo: ${downloads} <span class="note">(chưa có XLSX: cai-cach report chưa xuất được Excel, nên tải CSV)</span></p>`,
    '<h2>Tiến độ so với chỉ tiêu</h2><table class="targets"><thead><tr><th>Mục</th><th>Tiến độ</th><th>Đã làm / chỉ tiêu</th><th>%</th><th>Tình trạng</th></tr></thead>',
    `<tbody>${tracked.flatMap(itemRows).join("")}</tbody></table>`,
    barChart(
      "Số hoạt động trong kỳ theo đơn vị",
      data.byUnit.map((u) => ({ label: u.name, value: u.period.entries })),
    ),
    barChart("Số hoạt động theo tháng", months),
  ].join("\n");
}

export async function renderReportView(choice: PeriodChoice, cwd: string): Promise<ReportView> {
  const run = await prepareReport({ project: openProject(cwd), ...choice.flags });
  if (!run.value) return { html: periodForm(choice), diagnostics: run.diagnostics };
  const months = await byMonth(choice, run.value.data.period.year, cwd);
  return { html: `${periodForm(choice)}\n${body(run.value.data, choice, months)}`, diagnostics: run.diagnostics };
}
