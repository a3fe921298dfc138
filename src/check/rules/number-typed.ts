// A number typed with a leading zero ("number: 049") is read by YAML as 49: printed, the
// document would carry another number than the clerk meant (NĐ 30/2020, Phụ lục I, II.3:
// cai-cach pads numbers below 10 itself). Only the source text shows the zero, so this rule
// reads it rather than the typed plan.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diag } from "../rule.js";

const TYPED = /^number:[ \t]*(0\d+)[ \t]*(#.*)?$/mu;

export function numberTyped(text: string): Diagnostic[] {
  const m = TYPED.exec(text);
  if (!m) return [];
  const value = Number(m[1]);
  return [
    diag(
      "rule/number-leading-zero",
      "/number",
      `Số văn bản gõ là ${m[1]}, được đọc thành ${value}.`,
      `Viết number: ${value}; số nhỏ hơn 10 được cai-cach tự thêm số 0 khi in (05).`,
      { atKey: false },
    ),
  ];
}
