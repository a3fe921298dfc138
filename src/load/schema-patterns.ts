// Messages for the schema's patterns (schemas/plan.schema.json), each with a concrete fix.
import { slugify } from "./slugify.js";
import { parseVnDate } from "../util/vn-date.js";

export function patternProblem(
  pattern: string,
  value: string,
  label: string,
  description?: string,
): { message: string; hint: string; suggestions?: string[] } {
  if (pattern.startsWith("^[a-z0-9]+")) {
    const slug = slugify(value);
    return {
      message: `Mã "${value}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang.`,
      hint: slug ? `Có phải ý bạn là "${slug}"?` : "Ví dụ: ht-tap-huan.",
      suggestions: slug ? [slug] : [],
    };
  }
  if (pattern.startsWith("^[0-9]{4}")) {
    const iso = parseVnDate(value);
    return {
      message: `Ngày "${value}" phải viết theo dạng NĂM-THÁNG-NGÀY.`,
      hint: iso ? `Có phải ý bạn là ${iso}?` : 'Ví dụ: 2022-01-27 (cai-cach in thành "ngày 27 tháng 01 năm 2022").',
      suggestions: iso ? [iso] : [],
    };
  }
  if (pattern.includes("-[^\\s/]+$")) {
    return {
      message: `Ký hiệu "${value}" không đúng dạng <tên loại>-<cơ quan ban hành>, không dấu cách, không dấu "/".`,
      hint: 'Ví dụ: KH-SVHTTDL (số văn bản ghi riêng ở "number").',
    };
  }
  if (pattern === "^[^\\s/]+$") {
    return { message: `Chữ viết tắt "${value}" không được có dấu cách hoặc dấu "/".`, hint: description ?? "Ví dụ: SVHTTDL." };
  }
  return { message: `${label} "${value}" không đúng dạng.`, hint: description ?? `Dạng đúng: ${pattern}` };
}
