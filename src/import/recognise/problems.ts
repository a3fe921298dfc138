// The import's diagnostics as the recogniser raises them, each pointing at the source.
import type { Code } from "../../diagnostics/codes.js";
import { type Where, whereText } from "../entries.js";
import type { Problem } from "./findings.js";
import type { LabelKind } from "./labels.js";

const HINTS: Partial<Record<Code, string>> = {
  "import/unmapped": "Phần này không có trong kế hoạch đã nhập: thêm nó vào tệp YAML bằng tay nếu cần, hoặc sửa bản gốc rồi nhập lại.",
  "import/numbering": "Bản gốc đánh số không liền mạch; cai-cach tự đánh số lại, hãy đối chiếu với bản gốc.",
  "import/joined-lines": "Xem lại đoạn đã nối trong tệp YAML (chỗ có ghi chú # kiểm tra).",
  "import/misspelt-label": "Sửa nhãn này trong bản gốc; trong kế hoạch, nhãn do cai-cach tự sinh.",
  "import/missing-part": "Điền phần còn thiếu trong tệp YAML (chỗ có ghi chú # kiểm tra).",
  "import/decomposed": "Không cần làm gì: kế hoạch được ghi bằng Unicode dựng sẵn; nên lưu lại bản gốc bằng Unicode dựng sẵn.",
};

export function problemAt(code: Code, at: Where | undefined, message: string, severity: "error" | "warning" = "warning"): Problem {
  return {
    code,
    severity,
    at,
    message: at && "paragraph" in at ? `${capital(whereText(at))}: ${message}` : message,
    hint: HINTS[code] ?? "",
  };
}

const capital = (s: string): string => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

export const LEVEL_WORDS: Record<LabelKind | "decimal", string> = {
  phan: "phần",
  muc: "mục",
  khoan: "khoản",
  decimal: "tiểu mục",
  diem: "điểm",
  item: "gạch đầu dòng",
  subitem: "dấu cộng",
};
