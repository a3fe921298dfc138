// The heading scheme has three numbered levels — mục I., khoản 1., điểm a) (NĐ 30/2020, Phụ lục
// I, II.6.b) — and each numbered section needs something to put its number before.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diag, type Rule } from "../rule.js";
import { sections } from "../walk.js";

export const sectionShape: Rule = (plan) => {
  const out: Diagnostic[] = [];
  for (const { section, pointer, depth, inAppendix } of sections(plan)) {
    if (depth > 3) {
      out.push(
        diag(
          "rule/section-depth",
          pointer,
          `Mục lồng tới cấp ${depth}; thể thức chỉ có ba cấp đánh số: mục I., khoản 1., điểm a).`,
          "Chuyển nội dung cấp sâu hơn thành gạch đầu dòng (items) của điểm a), b)…",
          { atKey: false },
        ),
      );
    }
    if (depth === 1 && !inAppendix && !section.title) {
      out.push(
        diag(
          "rule/section-empty",
          pointer,
          "Mục cấp I phải có tiêu đề (title), ví dụ MỤC TIÊU, YÊU CẦU.",
          "Thêm title: <TIÊU ĐỀ IN HOA> cho mục này.",
        ),
      );
    } else if (!section.title && section.text === undefined && !section.unit) {
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
