// Fields typed by a clerk, completed with what the plan of their date knows before the entry is
// built: the unit named as people call it becomes its id, a bare number takes the only measure
// of the items' targets. Nothing is guessed when the plan does not say: the log rules then
// report the unit or the quantity as they would have.
import { parseVnDate } from "../util/vn-date.js";
import type { EntryFields } from "./entry-input.js";
import { spreadsheetDate } from "./entry-input.js";
import type { RuleContext } from "./log-rules.js";
import { onlyMeasure, resolveUnit, withMeasure } from "./plan-lookup.js";
import { reportingYear } from "./year-window.js";

export function completeFields(f: EntryFields, rules: RuleContext): EntryFields {
  const date = f.date === undefined ? undefined : (spreadsheetDate(f.date) ?? parseVnDate(f.date));
  const plan =
    date === undefined ? undefined : (rules.plans.get(reportingYear(date, rules.window)) ?? rules.plans.get(Number(date.slice(0, 4))));
  if (!plan) return f;
  const out: EntryFields = { ...f };
  const unit = f.unit?.trim();
  if (unit) out.unit = resolveUnit(unit, plan) ?? unit;
  if (f.quantity?.length && !f.measure?.trim()) {
    const items = (f.items ?? "").split(/[,;\s]+/).filter(Boolean);
    const measure = onlyMeasure(items, plan);
    out.quantity = f.quantity.map((q) =>
      q
        .split(";")
        .map((part) => withMeasure(part, measure))
        .join(";"),
    );
  }
  return out;
}
