// Turns ajv's errors (verbose mode: each carries its schema) into clear Vietnamese diagnostics:
// missing field (pointing at the parent key), unknown field with did-you-mean, wrong type, enum
// with did-you-mean, pattern, range, empty. anyOf noise ("string or object") is reduced to the
// branch the clerk meant, judged by the type of what was typed. One mapping for every input with
// a schema (plan, config, report notes, activity log): the kind of file (schema-kinds.ts) names
// the file in the wording, and may bring its own words (logs keep their log/* codes).

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { joinPointer, parsePointer } from "../diagnostics/pointer.js";
import { PLAN_KIND, type SchemaError, type SchemaKind, type SchemaNode } from "./schema-kinds.js";
import { patternProblem } from "./schema-patterns.js";

export type { SchemaError };

export function schemaDiagnostics(errors: readonly SchemaError[], root: unknown, kind: SchemaKind = PLAN_KIND): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An "if" fails only because its "then" did, whose own errors say what is wrong.
  const kept = (kind.ignore ? errors.filter((e) => !kind.ignore!(e)) : errors).filter((e) => e.keyword !== "if");
  for (const e of mergeRequired(reduceAnyOf(kept, root))) {
    for (const d of kind.words ? kind.words(e) : [one(e, kind)]) {
      if (!out.some((o) => o.code === d.code && o.pointer === d.pointer && o.message === d.message)) out.push(d);
    }
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: "một dòng chữ",
  integer: "một số nguyên",
  number: "một số",
  array: 'một danh sách (các dòng bắt đầu bằng "- ")',
  object: "một bảng khóa: giá trị",
  boolean: "đúng/sai (true/false)",
  null: "để trống",
};

export function typeOf(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function one(e: SchemaError, kind: SchemaKind): Diagnostic {
  const field = lastSegment(e.instancePath, kind);
  const label = e.parentSchema?.title ? `${e.parentSchema.title} ("${field}")` : `"${field}"`;
  const base = { severity: "error" as const, pointer: e.instancePath };
  switch (e.keyword) {
    case "required": {
      const missing: string[] = e.params.missingProperties ?? [String(e.params.missingProperty)];
      if (missing.length > 1) {
        const where = e.instancePath === "" ? kind.noun : `"${field}"`;
        const named = missing.map((p) => {
          const title = propertyOf(e.parentSchema, p)?.title;
          return `"${p}"${title ? ` (${title})` : ""}`;
        });
        return {
          ...base,
          code: "schema/missing-field",
          atKey: true,
          message: `Thiếu ${missing.length} trường bắt buộc trong ${where}: ${named.join(", ")}.`,
          hint: `Thêm các dòng ${missing.map((p) => `"${p}: …"`).join(", ")}; ${kind.seeSample}.`,
        };
      }
      const prop = missing[0]!;
      const sub = propertyOf(e.parentSchema, prop);
      const where = e.instancePath === "" ? kind.noun : `"${field}"`;
      return {
        ...base,
        code: "schema/missing-field",
        atKey: true,
        message: `Thiếu trường bắt buộc "${prop}"${sub?.title ? ` (${sub.title})` : ""} trong ${where}.`,
        hint: `Thêm dòng "${prop}: …"${sub?.description ? ` — ${sub.description}` : "."}`,
      };
    }
    case "additionalProperties": {
      const prop = String(e.params.additionalProperty);
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      const suggestions = didYouMean(prop, allowed);
      return {
        ...base,
        code: "schema/unknown-field",
        atKey: true,
        pointer: joinPointer(e.instancePath, prop),
        message: `Trường "${prop}" không có trong ${e.parentSchema?.title ? `"${e.parentSchema.title}"` : "mục này"}.`,
        hint:
          suggestions.length > 0
            ? `Có phải ý bạn là "${suggestions[0]}"? Các trường được dùng: ${quoteList(allowed)}.`
            : `Các trường được dùng: ${quoteList(allowed)}.`,
        suggestions,
      };
    }
    case "type": {
      if (e.instancePath === "") {
        return {
          ...base,
          code: "schema/wrong-type",
          message: `Tệp ${kind.noun} phải là một bảng khóa: giá trị (${kind.shape}), không phải ${TYPE_NAMES[typeOf(e.data)] ?? typeOf(e.data)}.`,
          hint: kind.copySample,
        };
      }
      const expected = String(e.params.type)
        .split(",")
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(" hoặc ");
      const actual = typeOf(e.data);
      return {
        ...base,
        code: "schema/wrong-type",
        message: `${capitalise(label)} phải là ${expected}, không phải ${TYPE_NAMES[actual] ?? actual}.`,
        hint: typeHint(e, actual),
      };
    }
    case "const":
      // One allowed value, set by another field (a plan with a `decision` is a QĐ).
      return {
        ...base,
        code: "schema/enum",
        message: `Giá trị "${String(e.data)}" không hợp lệ cho ${label}.`,
        hint: e.parentSchema?.description ?? `Viết: ${String(e.params.allowedValue)}.`,
        suggestions: [String(e.params.allowedValue)],
      };
    case "enum": {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const suggestions = didYouMean(String(e.data), allowed);
      return {
        ...base,
        code: "schema/enum",
        message: `Giá trị "${String(e.data)}" không hợp lệ cho ${label}.`,
        hint: `${suggestions.length > 0 ? `Có phải ý bạn là "${suggestions[0]}"? ` : ""}Các giá trị được dùng: ${quoteList(allowed)}.`,
        suggestions,
      };
    }
    case "pattern": {
      const p = patternProblem(String(e.params.pattern), String(e.data), label, e.parentSchema?.description);
      return { ...base, code: "schema/pattern", ...p };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const words: Record<string, string> = {
        minimum: "không nhỏ hơn",
        maximum: "không lớn hơn",
        exclusiveMinimum: "lớn hơn",
        exclusiveMaximum: "nhỏ hơn",
      };
      return {
        ...base,
        code: "schema/range",
        message: `${capitalise(label)} phải ${words[e.keyword]} ${e.params.limit}; ở đây là ${String(e.data)}.`,
        hint: e.parentSchema?.description ?? "Sửa lại con số.",
      };
    }
    case "minItems":
    case "minLength":
      return {
        ...base,
        code: "schema/empty",
        message: `${capitalise(label)} không được để trống.`,
        hint: e.parentSchema?.description ?? "Điền nội dung hoặc xóa dòng này.",
      };
    default:
      return { ...base, code: "schema/invalid", message: `${capitalise(label)} không hợp lệ.`, hint: e.parentSchema?.description };
  }
}

/** A string that YAML read as a mapping: an unquoted line holding ": ". */
function typeHint(e: SchemaError, actual: string): string {
  const wanted = String(e.params.type);
  if (wanted.includes("string") && actual === "object" && e.data && Object.keys(e.data).length === 1) {
    return 'Dòng chữ có dấu ": " (hoặc kết thúc bằng ":") nên YAML hiểu thành khóa: giá trị; đặt cả dòng trong dấu nháy kép "…".';
  }
  if (wanted.includes("array") && actual !== "array") return 'Viết mỗi phần tử trên một dòng bắt đầu bằng "- ".';
  if (wanted.includes("integer") || wanted.includes("number"))
    return "Viết con số không có dấu nháy, không có dấu chấm phân cách hàng nghìn.";
  return e.parentSchema?.description ?? "Sửa kiểu của giá trị này.";
}

/** Keeps, for each anyOf, only the errors of the branch whose type matches the data. */
function reduceAnyOf(errors: readonly SchemaError[], root: unknown): SchemaError[] {
  const drop = new Set<SchemaError>();
  const extra: SchemaError[] = [];
  for (const e of errors) {
    if (e.keyword !== "anyOf") continue;
    drop.add(e);
    const branches: SchemaNode[] = Array.isArray(e.schema) ? e.schema : [];
    const actual = typeOf(valueAt(root, e.instancePath));
    const chosen = branches.findIndex((b) => b.type === actual || (b.type === "number" && actual === "integer"));
    for (const s of errors) {
      if (s === e || s.instancePath !== e.instancePath) continue;
      const m = /\/anyOf\/(\d+)\//.exec(s.schemaPath);
      if (m && (chosen < 0 || Number(m[1]) !== chosen)) drop.add(s);
    }
    if (chosen < 0) {
      const types = branches
        .map((b) => b.type)
        .filter(Boolean)
        .join(",");
      extra.push({ ...e, keyword: "type", params: { type: types }, data: valueAt(root, e.instancePath) });
    }
  }
  return [...errors.filter((e) => !drop.has(e)), ...extra];
}

export function valueAt(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  // Own properties only: a segment "constructor" or "__proto__" names a field of the file, not of Object.
  for (const s of parsePointer(pointer))
    v = v !== null && typeof v === "object" && Object.hasOwn(v, s) ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

/** A property's schema by name (own properties only: "constructor" is no field of ours). */
function propertyOf(node: SchemaNode | undefined, name: string): SchemaNode | undefined {
  return node?.properties && Object.hasOwn(node.properties, name) ? node.properties[name] : undefined;
}

/** The field as a clerk reads it: "signer", or "items thứ 2" for an element of a list. */
function lastSegment(pointer: string, kind: SchemaKind): string {
  const parts = parsePointer(pointer);
  if (parts.length === 0) return kind.noun;
  const last = parts[parts.length - 1]!;
  if (/^\d+$/.test(last)) return `${parts[parts.length - 2] ?? "danh sách"} thứ ${Number(last) + 1}`;
  return last;
}

/** "a", "b", "c" — quoted so values ending in "." (KT.) read clearly. */
export function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(", ");
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Several missing fields at one place become one diagnostic (one spot, one list to add). */
function mergeRequired(errors: readonly SchemaError[]): SchemaError[] {
  const out: SchemaError[] = [];
  const byPath = new Map<string, SchemaError>();
  for (const e of errors) {
    if (e.keyword !== "required") {
      out.push(e);
      continue;
    }
    const seen = byPath.get(e.instancePath);
    if (seen) {
      seen.params.missingProperties?.push(String(e.params.missingProperty));
      continue;
    }
    const merged = { ...e, params: { ...e.params, missingProperties: [String(e.params.missingProperty)] } };
    byPath.set(e.instancePath, merged);
    out.push(merged);
  }
  return out;
}
