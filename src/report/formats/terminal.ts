// The terminal summary: one line per plan item with a progress bar against its target
// (year to date). Plain characters when stdout is not a TTY or NO_COLOR is set.
import type { ReportData, Status } from "../report-model.js";
import { windowSentence } from "../periods.js";
import { fmt } from "../compile.js";
import { STATUS_TEXT, money } from "./labels.js";
import { visible } from "../../util/terminal-text.js";

const WIDTH = 20;
const COLOURS: Record<Status, string> = { done: "32", "in-progress": "33", "not-started": "2", overdue: "31" };

export function reportTerminal(r: ReportData, opts: { tty: boolean }): string {
  const paint = (code: string, s: string): string => (opts.tty ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [`Báo cáo ${r.period.label} — ${windowSentence(r.period)}.`];
  if (r.sample) out.push("(Dữ liệu mẫu, không phải số liệu thật.)");
  for (const i of r.items) {
    const t = i.targets[0];
    // A bar only against a quantity target; without one there is nothing to measure progress by.
    // Clamped: a bar is never longer than full nor shorter than empty, whatever the figures.
    const filled = t ? Math.min(WIDTH, Math.max(0, Math.round(t.ratio * WIDTH))) : 0;
    const bar = !t
      ? " ".repeat(WIDTH)
      : opts.tty
        ? "█".repeat(filled) + "░".repeat(WIDTH - filled)
        : "#".repeat(filled) + "-".repeat(WIDTH - filled);
    // Ids and measures come from the plan and the logs: made visible before the line is painted.
    const figure = visible(t ? `${fmt(t.done)}/${fmt(t.target)} ${t.measure}` : `${i.yearToDate.entries} hoạt động (lũy kế)`);
    out.push(
      `${visible(i.id).padEnd(20)} [${bar}] ${figure.padEnd(22)} ${paint(COLOURS[i.status], STATUS_TEXT[i.status])} (trong kỳ: ${i.period.entries})`,
    );
  }
  out.push(`Kinh phí trong kỳ: ${money(r.budget.period)}; lũy kế: ${money(r.budget.yearToDate)}.`);
  if (r.unmatched.length) out.push(paint("31", `${r.unmatched.length} mục nhật ký không khớp kế hoạch (xem báo cáo).`));
  return `${out.join("\n")}\n`;
}
