// Recipients are typed bare: the renderer adds "- " and ";" (NĐ 30/2020, Phụ lục I, II.9.b), and
// the "Lưu:" line comes from `filing`.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import { diag, type Rule } from "../rule.js";

export const recipients: Rule = (plan) => {
  const out: Diagnostic[] = [];
  plan.recipients.forEach((r, i) => {
    const pointer = joinPointer("/recipients", i);
    const bare = r
      .replace(/^[-–+•]\s*/, "")
      .replace(/\s*[;.,]+$/, "")
      .trim();
    if (/^Lưu\s*:/iu.test(bare)) {
      out.push(
        diag(
          "rule/recipient-format",
          pointer,
          'Dòng "Lưu:" không gõ trong recipients.',
          "Xóa dòng này; ghi nơi lưu ở filing.units, ví dụ: units: [VT, TCHC].",
        ),
      );
    } else if (bare !== r) {
      out.push(
        diag("rule/recipient-format", pointer, `Nơi nhận "${r}" có dấu đầu hoặc cuối dòng mà cai-cach tự thêm.`, `Viết: ${bare}`, {
          suggestions: [bare],
        }),
      );
    }
  });
  return out;
};
