// Detailed schema diagnostics for a log that failed the fast check: ajv (loaded lazily, it is
// only needed when something is wrong) against schemas/activity-log.schema.json.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";

const SCHEMA = fileURLToPath(new URL("../../schemas/activity-log.schema.json", import.meta.url));
type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, any>;
  message?: string;
}

let compiled: Validate | undefined;

async function validator(): Promise<Validate> {
  if (compiled) return compiled;
  const { default: Ajv2020 } = (await import("ajv/dist/2020.js")) as any;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA, "utf8"))) as Validate;
  return compiled;
}

const ENTRY_KEYS = ["date", "items", "unit", "summary", "quantities", "participants", "reach", "cost", "evidence", "note"];
const KEYS: Record<string, string[]> = {
  file: ["sample", "year", "unit", "entries"],
  entry: ENTRY_KEYS,
  quantity: ["value", "measure"],
};

export async function schemaDiagnostics(raw: unknown, file: string): Promise<Diagnostic[]> {
  const validate = await validator();
  if (validate(raw)) return [];
  const out: Diagnostic[] = [];
  for (const e of validate.errors ?? []) {
    // Negative quantities have their own rule and code (log/negative-quantity).
    if (e.keyword === "minimum" && /^\/entries\/\d+\/quantities\/\d+\/value$/.test(e.instancePath)) continue;
    if (e.keyword === "if" || e.keyword === "$ref") continue;
    out.push(toDiagnostic(e, file));
  }
  return out;
}

function toDiagnostic(e: AjvError, file: string): Diagnostic {
  const at = e.instancePath;
  const where = at === "" ? "tệp" : `"${at}"`;
  if (e.keyword === "required") {
    const field = e.params.missingProperty as string;
    return {
      code: "log/missing-field",
      severity: "error",
      file,
      pointer: at,
      message: `Thiếu trường bắt buộc "${field}" ở ${where}.`,
      hint: HINTS[field] ?? `Thêm "${field}:".`,
    };
  }
  if (e.keyword === "additionalProperties") {
    const field = e.params.additionalProperty as string;
    const kind = /\/quantities\/\d+$/.test(at) ? "quantity" : /^\/entries\/\d+$/.test(at) ? "entry" : "file";
    const suggestions = didYouMean(field, KEYS[kind]);
    return {
      code: "log/unknown-field",
      severity: "error",
      file,
      pointer: `${at}/${field}`,
      atKey: true,
      message: `Trường "${field}" không có trong mẫu nhật ký.`,
      hint: suggestions.length ? `Có phải là "${suggestions[0]}"?` : `Các trường được dùng: ${KEYS[kind].join(", ")}.`,
      suggestions,
    };
  }
  return {
    code: "log/invalid-value",
    severity: "error",
    file,
    pointer: at,
    message: `Giá trị ở ${where} không hợp lệ: ${vietnamese(e)}.`,
    hint: hintFor(at),
  };
}

const HINTS: Record<string, string> = {
  entries: 'Tệp nhật ký cần danh sách "entries:", mỗi việc một mục bắt đầu bằng "- date: …".',
  date: "Thêm ngày thực hiện, ví dụ: date: 2022-01-05",
  items: "Thêm mã mục kế hoạch, ví dụ: items: [ht-cong-thong-tin]",
  summary: "Thêm nội dung việc đã làm, ví dụ: summary: Đăng tin về thủ tục mới",
  value: "Thêm con số, ví dụ: { value: 12, measure: tin/bài }",
  measure: "Thêm đơn vị tính, ví dụ: { value: 12, measure: tin/bài }",
};

function vietnamese(e: AjvError): string {
  switch (e.keyword) {
    case "type":
      return `cần kiểu ${({ string: "chữ", number: "số", integer: "số nguyên", array: "danh sách", object: "bảng khóa: giá trị", boolean: "true/false" } as Record<string, string>)[e.params.type] ?? e.params.type}`;
    case "pattern":
      return "sai dạng";
    case "minimum":
      return `phải từ ${e.params.limit} trở lên`;
    case "maximum":
      return `phải không quá ${e.params.limit}`;
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
