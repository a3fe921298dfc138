// The rules a careful clerk applies to an activity log that passed the schema: real dates in
// the plan's year, plan ids and unit ids that exist (with did-you-mean), no negative
// quantities, no entry typed twice. Diagnostics carry JSON pointers; locate.ts adds positions.
import type { Code, Diagnostic } from "../diagnostics/diagnostic.js";
import { parseIsoDate } from "../util/vn-date.js";
import { hasXmlIllegal } from "../util/xml-text.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { type LogEntry, type LogFile, normaliseMeasure } from "./log-model.js";
import type { PlanIndex } from "./plan-index.js";
import { acceptsDate, reportingYear, type WindowRule } from "./year-window.js";

export interface RuleContext {
  /** Plans by year. */
  plans: Map<number, PlanIndex>;
  window: WindowRule;
  /**
   * Plan files that exist but could not be loaded: a log of a year without a usable plan is then
   * told that the plan has errors (log/plan-unusable), never that there is no plan.
   */
  unusable?: readonly string[];
}

export function logRules(log: LogFile, file: string, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const d = (
    code: Code,
    severity: Diagnostic["severity"],
    pointer: string,
    message: string,
    hint: string,
    extra: Partial<Diagnostic> = {},
  ): void => {
    out.push({ code, severity, file, pointer, message, hint, ...extra });
  };
  // One did-you-mean per distinct unknown id: a plan id renamed can make every entry of a large
  // log unknown, and edit distances against every plan id, entry by entry, take seconds.
  const suggestionCache = new Map<string, string[]>();
  const suggest = (word: string, candidates: Iterable<string>, scope: string): string[] => {
    const key = `${scope}\u0000${word}`;
    let found = suggestionCache.get(key);
    if (!found) {
      found = didYouMean(word, candidates);
      suggestionCache.set(key, found);
    }
    return found;
  };
  const years = [...ctx.plans.keys()].sort();
  const unusable = ctx.unusable ?? [];
  if ((years.length === 0 || (log.year !== undefined && !ctx.plans.has(log.year))) && unusable.length > 0) {
    d(
      "log/plan-unusable",
      "error",
      log.year === undefined ? "" : "/year",
      `Chưa đối chiếu được nhật ký với kế hoạch: ${unusable.join(", ")} có lỗi nên không đọc được.`,
      `Sửa kế hoạch trước (cai-cach check ${unusable[0]}), rồi kiểm tra lại nhật ký.`,
    );
  } else if (years.length === 0) {
    d(
      "log/no-plan",
      "warning",
      "",
      "Không có kế hoạch nào để đối chiếu mã mục kế hoạch của nhật ký.",
      "Đặt kế hoạch (plans/*.yaml) cùng kho và chạy lại cai-cach check.",
    );
  } else if (log.year !== undefined && !ctx.plans.has(log.year)) {
    d("log/no-plan", "warning", "/year", `Không có kế hoạch năm ${log.year} để đối chiếu.`, `Các năm có kế hoạch: ${years.join(", ")}.`);
  }
  const seen = new Map<string, number>();
  // A log has a few hundred distinct dates and 100,000 entries: decide each date once.
  const dates = new Map<string, { real: boolean; plan: PlanIndex | undefined }>();
  log.entries.forEach((e, i) => {
    const at = `/entries/${i}`;
    let day = dates.get(e.date);
    if (!day) {
      day = { real: parseIsoDate(e.date) !== undefined, plan: undefined };
      dates.set(e.date, day);
    }
    if (day.real && day.plan === undefined) day.plan = planFor(e, log, ctx);
    if (!day.real) {
      d(
        "log/date-invalid",
        "error",
        `${at}/date`,
        `Ngày "${e.date}" không có thật.`,
        "Kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày).",
      );
      return;
    }
    const plan = day.plan;
    if (!plan && years.length > 0 && (log.year === undefined || ctx.plans.has(log.year))) {
      const y = log.year ?? reportingYear(e.date, ctx.window);
      d(
        "log/date-outside-year",
        "error",
        `${at}/date`,
        `Ngày ${e.date} nằm ngoài năm của kế hoạch ${log.year !== undefined ? log.year : `(đã có kế hoạch năm ${years.join(", ")})`}.`,
        log.year !== undefined
          ? `Nhật ký ghi "year: ${log.year}": ngày phải thuộc năm ${y}${ctx.window === "nd09" ? ` (từ 15/12/${y - 1})` : ""}.`
          : "Sửa ngày, hoặc thêm kế hoạch của năm đó vào plans/.",
      );
    }
    // Text a Báo cáo may print (summaries of unmatched entries, measures): a character a DOCX
    // cannot hold is an error here (check, log add); a report prints it as U+FFFD (util/xml-text.ts).
    for (const [field, text] of textsOf(e)) {
      if (hasXmlIllegal(text))
        d(
          "text/xml-illegal",
          "error",
          `${at}/${field}`,
          "Có ký tự không được phép trong văn bản Word (U+FFFE, U+FFFF hoặc ký tự điều khiển): báo cáo có nó sẽ không mở được.",
          "Xóa ký tự này (thường lẫn vào khi chép từ trang web hay phần mềm khác), rồi chạy lại.",
        );
    }
    e.quantities?.forEach((q, j) => {
      if (q.value < 0)
        d(
          "log/negative-quantity",
          "error",
          `${at}/quantities/${j}/value`,
          `Số lượng không được âm (${q.value} ${q.measure}).`,
          "Ghi số đã làm được; muốn sửa một mục đã ghi thì sửa chính mục đó.",
        );
    });
    if (plan) {
      e.items.forEach((id, j) => {
        if (plan.nodes.has(id)) return;
        const suggestions = suggest(id, plan.nodes.keys(), `item:${plan.plan.year}`);
        d(
          "log/unknown-item",
          "error",
          `${at}/items/${j}`,
          `Mục kế hoạch "${id}" không có trong kế hoạch năm ${plan.plan.year}.`,
          nearestItems(suggestions, plan),
          { suggestions },
        );
      });
      for (const m of measureMismatches(e, plan))
        d("log/measure-mismatch", "warning", `${at}/quantities/${m.index}/measure`, m.message, m.hint);
      const unit = e.unit ?? log.unit;
      if (unit === undefined) {
        d(
          "log/missing-unit",
          "error",
          at,
          "Mục nhật ký không ghi đơn vị thực hiện.",
          'Thêm "unit: <mã đơn vị>" vào mục, hoặc "unit:" ở đầu tệp cho cả tệp.',
          { atKey: true },
        );
      } else if (!plan.unitIds.has(unit)) {
        const suggestions = suggest(unit, plan.unitIds, `unit:${plan.plan.year}`);
        d(
          "log/unknown-unit",
          "error",
          e.unit !== undefined ? `${at}/unit` : "/unit",
          `Đơn vị "${unit}" không có trong danh sách đơn vị của kế hoạch.`,
          suggestions.length ? `Có phải là "${suggestions[0]}"?` : `Các đơn vị: ${[...plan.unitIds].join(", ")}.`,
          { suggestions },
        );
      }
    }
    const key = duplicateKey(e, log.unit);
    const first = seen.get(key);
    if (first !== undefined) {
      d(
        "log/duplicate-entry",
        "warning",
        at,
        `Mục này trùng với mục thứ ${first + 1} (cùng ngày, đơn vị, mục kế hoạch và nội dung).`,
        "Xóa mục ghi hai lần; nếu là hai việc khác nhau, ghi rõ nội dung để phân biệt.",
        { atKey: true },
      );
    } else seen.set(key, i);
  });
  return out;
}

/**
 * Quantities that count towards none of the targets of the items they are logged against: "1 buổi"
 * against a target in "lớp" adds nothing to the target's progress, silently, unless said here.
 * Only items with quantity targets are compared; one quantity in a target's measure is enough.
 */
function measureMismatches(e: LogEntry, plan: PlanIndex): { index: number; message: string; hint: string }[] {
  if (!e.quantities?.length) return [];
  const targets = e.items.flatMap((id) => plan.nodes.get(id)?.targets?.quantities ?? []);
  if (targets.length === 0) return [];
  const wanted = new Set(targets.map((q) => normaliseMeasure(q.measure)));
  const names = [...new Set(targets.map((q) => q.measure))].map((m) => `"${m}"`).join(", ");
  // An entry with one quantity in the target's measure (1 buổi, 85 lượt người) counts: the rest is detail.
  if (e.quantities.some((q) => wanted.has(normaliseMeasure(q.measure)))) return [];
  return e.quantities.slice(0, 1).flatMap((q, index) =>
    wanted.has(normaliseMeasure(q.measure))
      ? []
      : [
          {
            index,
            message: `Số lượng "${q.value} ${q.measure}" có đơn vị tính khác chỉ tiêu của mục (${names}): không được tính vào chỉ tiêu.`,
            hint: `Ghi bằng đơn vị tính của chỉ tiêu (${names}) nếu cùng một việc; nếu là việc khác, ghi cho đúng mục kế hoạch.`,
          },
        ],
  );
}

/** The nearest ids with their titles, so a clerk recognises the item without reading the plan. */
function nearestItems(ids: string[], plan: PlanIndex): string {
  if (ids.length === 0) return "Xem danh sách mã bằng lệnh cai-cach items.";
  const titled = ids.map((id) => `"${id}" (${plan.nodes.get(id)?.number ?? ""} ${plan.nodes.get(id)?.label ?? ""})`.replace(" )", ")"));
  return `Có phải là ${titled.join(", hoặc ")}? Danh sách mã: cai-cach items.`;
}

/** The entry's texts that a report may print, with their pointer below the entry. */
function textsOf(e: LogEntry): [string, string][] {
  const out: [string, string][] = [["summary", e.summary]];
  e.quantities?.forEach((q, j) => {
    out.push([`quantities/${j}/measure`, q.measure]);
  });
  if (e.note !== undefined) out.push(["note", e.note]);
  if (e.evidence !== undefined) out.push(["evidence", e.evidence]);
  return out;
}

/** The plan an entry is checked against (see year-window.ts for the December cut-off). */
export function planFor(e: LogEntry, log: LogFile, ctx: RuleContext): PlanIndex | undefined {
  if (log.year !== undefined) return acceptsDate(log.year, e.date, ctx.window) ? ctx.plans.get(log.year) : undefined;
  const byWindow = ctx.plans.get(reportingYear(e.date, ctx.window));
  if (byWindow) return byWindow;
  const calendar = Number(e.date.slice(0, 4));
  return ctx.plans.get(calendar);
}

export function duplicateKey(e: LogEntry, fileUnit?: string): string {
  const items = e.items.length === 1 ? e.items[0] : [...e.items].sort().join(",");
  // Spacing and case differences still make a duplicate; collapse spaces only when there are runs.
  const summary = (/\s\s|[\t\n]/.test(e.summary) ? e.summary.replace(/\s+/g, " ") : e.summary).trim().toLowerCase();
  return `${e.date}|${e.unit ?? fileUnit ?? ""}|${items}|${summary}`;
}
