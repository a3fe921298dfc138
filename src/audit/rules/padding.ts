// The number and the date as the decree writes them: "Số: 05/KH-UBND" (a number below 10 with a
// leading zero, II.3), the code starting with the type's abbreviation (II.3; Phụ lục III, I),
// "ngày 05 tháng 02 năm 2025" (day below 10 and months 1–2 with a leading zero, later months
// without, II.4).
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { DocumentTypeCode } from "../../model/plan.js";
import type { AuditRule } from "../context.js";
import { finding } from "../finding.js";
import { DATE } from "../recognise.js";

const NUMBER = /^Số\s*:\s*(\d+)\s*\/\s*([^\s]+)/u;

/** How II.4 writes a day or a month. */
export const paddedDay = (d: number): string => String(d).padStart(2, "0");
export const paddedMonth = (m: number): string => (m <= 2 ? String(m).padStart(2, "0") : String(m));

export const padding: AuditRule = ({ found }) => {
  const out: Diagnostic[] = [];
  if (found.date) {
    const m = DATE.exec(found.date.text);
    const [day, month] = [m?.[1] ?? "", m?.[2] ?? ""];
    if (m && /^\d+$/u.test(day) && /^\d+$/u.test(month)) {
      const want = `ngày ${paddedDay(Number(day))} tháng ${paddedMonth(Number(month))} năm ${m[3]}`;
      if (want !== m[0])
        out.push(
          finding(
            "audit/date-padding",
            found.date,
            `Ngày tháng viết "${m[0]}", phải viết "${want}".`,
            "Ngày dưới 10 và tháng 1, 2 có số 0 đằng trước (ngày 05, tháng 01, tháng 02); từ tháng 3 trở đi không thêm số 0.",
            { suggestions: [want] },
          ),
        );
    }
  }
  const number = found.so ? NUMBER.exec(found.so.text) : null;
  if (found.so && number) {
    const n = Number(number[1]);
    if (n < 10 && number[1]!.length < 2) {
      const fixed = `Số: ${paddedDay(n)}/${number[2]}`;
      out.push(
        finding("audit/number-padding", found.so, `Số văn bản nhỏ hơn 10 phải có số 0 đằng trước: "${fixed}".`, `Viết: ${fixed}`, {
          suggestions: [fixed],
        }),
      );
    }
    const typeCode = number[2]!.split("-")[0];
    if (found.type && found.type !== "CV" && typeCode !== found.type) out.push(codeType(found.type, typeCode ?? "", found.so, number[2]!));
  }
  return out;
};

function codeType(type: DocumentTypeCode, typed: string, at: Parameters<typeof finding>[1], code: string): Diagnostic {
  const fixed = `${type}-${code.split("-").slice(1).join("-")}`;
  return finding(
    "audit/code-type",
    at,
    `Ký hiệu "${code}" phải bắt đầu bằng "${type}", chữ viết tắt của tên loại văn bản, không phải "${typed}".`,
    `Viết: ${fixed}`,
    { suggestions: [fixed] },
  );
}
