// The kinds of file that have a JSON Schema, as the schema diagnostics name them. The plan's
// wording is the original one ("kế hoạch", plans/plan-2022.yaml as the sample); the others say
// what they are, so a clerk knows which file to open.
import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** The part of a JSON Schema node the wording reads. */
export interface SchemaNode {
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
}

/** ajv's params, by keyword (required, additionalProperties, type, enum, pattern, limits). */
export interface SchemaParams {
  missingProperty?: string;
  /** Several required fields missing at one place, merged by schema-errors.ts. */
  missingProperties?: string[];
  additionalProperty?: string;
  type?: string;
  allowedValues?: unknown[];
  /** The one value a "const" allows. */
  allowedValue?: unknown;
  pattern?: string;
  limit?: number;
}

/** An ajv error in verbose mode (it carries its schema and the data). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: SchemaParams;
  /** The keyword's value: for anyOf, its branches. */
  schema?: unknown;
  parentSchema?: SchemaNode;
  data?: unknown;
  message?: string;
}

export interface SchemaKind {
  /** The file as a clerk calls it: "kế hoạch", "cấu hình", "ghi chú báo cáo", "nhật ký". */
  noun: string;
  /** Its first keys, shown when the whole file is not a mapping: "type: KH, number: …". */
  shape: string;
  /** A whole sentence: where to copy a good file from. */
  copySample: string;
  /** The same, as the end of a sentence: "xem plans/plan-2022.yaml làm mẫu". */
  seeSample: string;
  /** Errors that another stage words better (a log's negative quantity is a rule of its own). */
  ignore?: (e: SchemaError) => boolean;
  /** Words of its own for each error (logs keep their log/* codes and messages). */
  words?: (e: SchemaError) => Diagnostic[];
}

export const PLAN_KIND: SchemaKind = {
  noun: "kế hoạch",
  shape: "type: KH, number: …",
  copySample: "Chép plans/plan-2022.yaml làm mẫu rồi sửa lại.",
  seeSample: "xem plans/plan-2022.yaml làm mẫu",
};

export const CONFIG_KIND: SchemaKind = {
  noun: "cấu hình",
  shape: "report: …, rules: …",
  copySample: "Xem mẫu cai-cach.config.yaml trong README.",
  seeSample: "xem mẫu cai-cach.config.yaml trong README",
};

export const NOTES_KIND: SchemaKind = {
  noun: "ghi chú báo cáo",
  shape: "number: …, strengths: …",
  copySample: "Xem mẫu trong README (mục Báo cáo).",
  seeSample: "xem mẫu trong README (mục Báo cáo)",
};
