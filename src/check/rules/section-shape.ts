// The heading scheme has the numbered levels the plan's `numbering` chooses — by default mục I.,
// khoản 1., điểm a); with phần, or 1.1., 1.1.1. (NĐ 30/2020, Phụ lục I, II.6.b) — and each
// numbered section needs something to put its number before.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { LEVEL_NAMES, numberingLevels } from "../../model/numbering.js";
import { sectionTexts } from "../../model/section-content.js";
import { diag, type Rule } from "../rule.js";
import { sections } from "../walk.js";

export const sectionShape: Rule = (plan) => {
  const out: Diagnostic[] = [];
  const levels = numberingLevels(plan.numbering);
  for (const { section, pointer, depth, inAppendix, level } of sections(plan)) {
    if (level === undefined) {
      const names = levels.map((l) => LEVEL_NAMES[l]).join(", ");
      const last = LEVEL_NAMES[levels[levels.length - 1]];
      out.push(
        diag(
          "rule/section-depth",
          pointer,
          `Mục lồng tới cấp ${depth}; văn bản này có ${levels.length} cấp đánh số: ${names}.`,
          `Chuyển nội dung cấp sâu hơn thành gạch đầu dòng (items) của ${last}; hoặc đổi cách đánh số (numbering: parts, sub: decimal).`,
          { atKey: false },
        ),
      );
    }
    if ((level === "muc" || level === "phan") && !inAppendix && !section.title) {
      out.push(
        diag(
          "rule/section-empty",
          pointer,
          "Mục cấp I phải có tiêu đề (title), ví dụ MỤC TIÊU, YÊU CẦU.",
          "Thêm title: <TIÊU ĐỀ IN HOA> cho mục này.",
        ),
      );
    } else if (!section.title && sectionTexts(section).length === 0 && !section.unit) {
      out.push(
        diag(
          "rule/section-empty",
          pointer,
          "Mục này không có tiêu đề, đoạn văn hay đơn vị nên không có chỗ đặt số.",
          "Thêm title hoặc text; nếu chỉ là các gạch đầu dòng, gộp chúng vào mục bên trên.",
        ),
      );
    }
  }
  return out;
};
