// Dates are real (no 30/02) and consistent: a plan for year Y is issued in Y or late in Y-1, a
// report on year Y in Y or early in Y+1;
// deadlines fall inside year Y and not before the plan's date (NĐ 30/2020, Phụ lục I, II.4 for
// how dates are written; consistency is the clerk's common sense).
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { parseIsoDate, toIso } from "../../util/vn-date.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import { diag, type Rule } from "../rule.js";
import { items, sections } from "../walk.js";

export const dates: Rule = (plan) => {
  const out: Diagnostic[] = [];
  const date = parseIsoDate(plan.date);
  // A report on year Y is written early in Y+1 as often as during Y.
  const reportLate = plan.type === "BC" && date?.year === plan.year + 1;
  if (!date) out.push(invalid(plan.date, "/date"));
  else if (date.year !== plan.year && date.year !== plan.year - 1 && !reportLate) {
    out.push(
      diag(
        "rule/date-year",
        "/date",
        `Kế hoạch năm ${plan.year} nhưng ngày ban hành là ${plan.date}.`,
        `Ngày ban hành phải trong năm ${plan.year} hoặc năm ${plan.year - 1}; kiểm tra lại "date" và "year".`,
      ),
    );
  }
  const deadlines: { value: string; pointer: string }[] = [];
  for (const s of sections(plan))
    if (s.section.targets?.deadline)
      deadlines.push({ value: s.section.targets.deadline, pointer: joinPointer(s.pointer, "targets", "deadline") });
  for (const it of items(plan))
    if (it.item.targets?.deadline)
      deadlines.push({ value: it.item.targets.deadline, pointer: joinPointer(it.pointer, "targets", "deadline") });
  for (const { value, pointer } of deadlines) {
    const d = parseIsoDate(value);
    if (!d) out.push(invalid(value, pointer));
    else if (d.year !== plan.year)
      out.push(
        diag(
          "rule/deadline-range",
          pointer,
          `Thời hạn ${value} nằm ngoài năm kế hoạch ${plan.year}.`,
          `Đặt thời hạn trong năm ${plan.year}.`,
        ),
      );
    else if (date && value < toIso(date))
      out.push(
        diag(
          "rule/deadline-range",
          pointer,
          `Thời hạn ${value} trước ngày ban hành kế hoạch (${plan.date}).`,
          "Thời hạn phải từ ngày ban hành trở về sau.",
        ),
      );
  }
  const titleYear = /năm (\d{4})\b/.exec(plan.title);
  if (titleYear && Number(titleYear[1]) !== plan.year) {
    out.push(
      diag(
        "rule/year-mismatch",
        "/title",
        `Trích yếu nói năm ${titleYear[1]} nhưng kế hoạch là năm ${plan.year} ("year").`,
        'Sửa trích yếu hoặc "year" cho khớp.',
      ),
    );
  }
  return out;
};

function invalid(value: string, pointer: string): Diagnostic {
  return diag(
    "rule/date-invalid",
    pointer,
    `Ngày ${value} không có thật.`,
    "Kiểm tra lại ngày và tháng (tháng 2 có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày).",
  );
}
