// A number left blank ("Số:      /KH-UBND") is for a draft only: the văn thư fills it in when
// the document is registered and issued (NĐ 30/2020, Phụ lục I, II.3; Điều 15).
import { diag, type Rule } from "../rule.js";

export const numberBlank: Rule = (plan) =>
  plan.number === undefined && plan.draft === undefined
    ? [
        diag(
          "rule/number-blank",
          "/code",
          "Văn bản không có số (number) nhưng không phải bản dự thảo.",
          'Thêm number: <số trong sổ đăng ký>; hoặc, nếu đây là dự thảo, thêm draft: {} để in "Số:      /…" và dấu DỰ THẢO.',
        ),
      ]
    : [];
