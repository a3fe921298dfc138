// Plain SVG charts for the report dashboard, from our own small code (no canvas, no library):
// horizontal bars with their value written beside them, and a progress bar. Labels are
// escaped; sizes are in the SVG's own units, scaled by the page.
import { fmt } from "../../report/compile.js";
import { escapeHtml } from "../../util/html-escape.js";

export interface Bar {
  label: string;
  value: number;
}

const LABEL_W = 330;
/** Longer labels are cut with "…"; the whole label is the bar's tooltip (<title>). */
const LABEL_CHARS = 44;
const BAR_W = 360;
const ROW_H = 26;

const cut = (label: string): string => {
  const chars = Array.from(label);
  return chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS - 1).join("")}…` : label;
};

/** One row per bar, the longest bar as wide as the chart; the number is printed, not only drawn. */
export function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW_H + 8;
  const rows = bars.map((b, i) => {
    const y = i * ROW_H + 4;
    const w = Math.round((b.value / max) * BAR_W);
    return (
      `<g class="bar" data-label="${escapeHtml(b.label)}" data-value="${b.value}"><title>${escapeHtml(b.label)}: ${fmt(b.value)}</title>` +
      `<text x="${LABEL_W - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(cut(b.label))}</text>` +
      `<rect x="${LABEL_W}" y="${y + 3}" width="${w}" height="${ROW_H - 8}"/>` +
      `<text x="${LABEL_W + w + 6}" y="${y + 17}">${fmt(b.value)}</text></g>`
    );
  });
  return (
    `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LABEL_W + BAR_W + 80} ${height}" role="img" aria-label="${escapeHtml(title)}">` +
    `${rows.join("")}</svg></figure>`
  );
}

/** A bar filled to `ratio` (0–1). */
export function progressBar(ratio: number): string {
  const w = Math.round(Math.max(0, Math.min(1, ratio)) * 200);
  return `<svg class="progress" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 12" aria-hidden="true"><rect class="track" width="200" height="12"/><rect class="fill" width="${w}" height="12"/></svg>`;
}
