// Schema diagnostics of an activity log: the validator precompiled from
// schemas/activity-log.schema.json (scripts/build-validators.mjs) and the one mapping of schema
// errors (src/load/schema-errors.ts), in the words logs have always used: their log/* codes and
// messages are what clerks and fixtures know.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { validate as generated } from "../load/log-validator.generated.js";
import type { SchemaError, SchemaKind } from "../load/schema-kinds.js";
import { schemaValidator } from "../load/schema-validator.js";
import { formatNumberVi } from "../util/vn-number.js";

const LOG_KIND: SchemaKind = {
  noun: "nhật ký",
  shape: "entries: …",
  copySample: "Xem mẫu trong logs/README.md.",
  seeSample: "xem mẫu trong logs/README.md",
  // Negative quantities have their own rule and code (log/negative-quantity).
  ignore: (e) =>
    (e.keyword === "minimum" && /^\/entries\/\d+\/quantities\/\d+\/value$/.test(e.instancePath)) ||
    e.keyword === "if" ||
    e.keyword === "$ref",
  words: (e) => logWords(e),
};

const diagnose = schemaValidator(generated, LOG_KIND);

/** Every schema problem of a parsed log (none when valid), with pointers; `file` as shown. */
export function schemaDiagnostics(raw: unknown, file: string): Diagnostic[] {
  return diagnose(raw).map((d) => ({ ...d, file }));
}

function logWords(e: SchemaError): Diagnostic[] {
  const at = e.instancePath;
  const where = at === "" ? "tệp" : `"${at}"`;
  if (e.keyword === "required") {
    const missing: string[] = e.params.missingProperties ?? [String(e.params.missingProperty)];
    return missing.map((field) => ({
      code: "log/missing-field",
      severity: "error",
      pointer: at,
      message: `Thiếu trường bắt buộc "${field}" ở ${where}.`,
      hint: HINTS.get(field) ?? `Thêm "${field}:".`,
    }));
  }
  if (e.keyword === "additionalProperties") {
    const field = String(e.params.additionalProperty);
    const allowed = Object.keys(e.parentSchema?.properties ?? {});
    const suggestions = didYouMean(field, allowed);
    return [
      {
        code: "log/unknown-field",
        severity: "error",
        pointer: `${at}/${field}`,
        atKey: true,
        message: `Trường "${field}" không có trong mẫu nhật ký.`,
        hint: suggestions.length ? `Có phải là "${suggestions[0]}"?` : `Các trường được dùng: ${allowed.join(", ")}.`,
        suggestions,
      },
    ];
  }
  return [
    {
      code: "log/invalid-value",
      severity: "error",
      pointer: at,
      message: `Giá trị ở ${where} không hợp lệ: ${vietnamese(e)}.`,
      hint: hintFor(at),
    },
  ];
}

const HINTS = new Map<string, string>([
  ["entries", 'Tệp nhật ký cần danh sách "entries:", mỗi việc một mục bắt đầu bằng "- date: …".'],
  ["date", "Thêm ngày thực hiện, ví dụ: date: 2022-01-05"],
  ["items", "Thêm mã mục kế hoạch, ví dụ: items: [ht-cong-thong-tin]"],
  ["summary", "Thêm nội dung việc đã làm, ví dụ: summary: Đăng tin về thủ tục mới"],
  ["value", "Thêm con số, ví dụ: { value: 12, measure: tin/bài }"],
  ["measure", "Thêm đơn vị tính, ví dụ: { value: 12, measure: tin/bài }"],
]);

const TYPE_WORDS = new Map<string, string>([
  ["string", "chữ"],
  ["number", "số"],
  ["integer", "số nguyên"],
  ["array", "danh sách"],
  ["object", "bảng khóa: giá trị"],
  ["boolean", "true/false"],
]);

function vietnamese(e: SchemaError): string {
  switch (e.keyword) {
    case "type":
      return `cần kiểu ${TYPE_WORDS.get(String(e.params.type)) ?? e.params.type}`;
    case "pattern":
      return "sai dạng";
    case "minimum":
      return `phải từ ${formatNumberVi(Number(e.params.limit))} trở lên`;
    case "maximum":
      return `phải không quá ${formatNumberVi(Number(e.params.limit))}`;
    case "minItems":
      return "danh sách không được trống";
    case "minLength":
      return "không được để trống";
    default:
      return e.message ?? e.keyword;
  }
}

function hintFor(pointer: string): string {
  if (/\/date$/.test(pointer)) return "Ngày viết dạng YYYY-MM-DD, ví dụ: 2022-01-05.";
  if (/\/items(\/\d+)?$/.test(pointer)) return "Mã mục kế hoạch viết thường, không dấu, nối bằng gạch ngang, ví dụ: ht-cong-thong-tin.";
  if (/\/unit$/.test(pointer)) return "Mã đơn vị viết thường, không dấu, ví dụ: tchc.";
  if (/\/cost$/.test(pointer)) return "Kinh phí ghi bằng số đồng, không dấu chấm, ví dụ: 1500000.";
  return "Xem mô tả trường trong schemas/activity-log.schema.json.";
}
