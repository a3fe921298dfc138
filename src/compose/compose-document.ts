// composeDocument: the generic way from a model to the document tree, shared by every document
// type (the Kế hoạch here, the Báo cáo of issue 4, …). Public API of src/compose:
//
//   composeDocument(templateName, context, opts) → Result<DocumentTree>
//     Runs templates/<templateName>.hbs (the project's own copy first, then the package's) in
//     Handlebars strict mode with `context`, parses the markup it emits (src/compose/markup.ts)
//     into a DocumentTree (every rule kept with its line, src/compose/keep-rules-with-lines.ts),
//     and sets tree.meta from opts.meta. Template failures are
//     `template/error` diagnostics (file and line); markup mistakes `template/markup`.
//     Strings in `context` are normalised (NFC, line breaks → spaces) so that no value can
//     break the one-directive-per-line markup.
//   headerContext(doc) / signatureContext(doc) (src/compose/document-context.ts): the values the
//     partials `header` and `signature` expect, for any document type.
//   decreeDate(iso) (same file): "ngày 27 tháng 01 năm 2022".
//   Partials available to every template (templates/partials/): header, title, signature,
//   sections (recursive mục/khoản/điểm with their items and tables), data-table.
//
// Sizes and fonts never appear here or in templates: styles are named, nd30.ts holds the looks.

import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { renderTemplate } from "../templates/render-template.js";
import { keepRulesWithLinesInParts } from "./keep-rules-with-lines.js";
import { parseMarkup } from "./markup.js";
import type { DocumentTree } from "./tree.js";

export interface ComposeOptions {
  /** Project root: its templates/ folder overrides the package's. */
  projectRoot?: string;
  meta: DocumentTree["meta"];
}

/** NFC and single-line: a value from YAML must not start a new markup directive. */
export function cleanContext<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC").replace(/\s*[\r\n]+\s*/g, " ") as T;
  if (Array.isArray(value)) return value.map((v) => cleanContext(v)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanContext(v)])) as T;
  }
  return value;
}

export function composeDocument(templateName: string, context: object, opts: ComposeOptions): Result<DocumentTree> {
  const rendered = renderTemplate(templateName, cleanContext(context), opts.projectRoot);
  if (!rendered.value) return { diagnostics: rendered.diagnostics };
  const { parts, errors } = parseMarkup(rendered.value.text);
  const diagnostics: Diagnostic[] = errors.map((e) => ({
    code: "template/markup",
    severity: "error",
    message: `Mẫu văn bản sinh ra dòng sai cú pháp (dòng ${e.line} của kết quả): ${e.message}.`,
    file: rendered.value!.file,
    hint: "Mỗi dòng mẫu sinh ra phải là một chỉ thị @KiểuĐoạn, @rule, @table, @row, @cell, @end hoặc @part (xem đầu tệp mẫu).",
  }));
  if (diagnostics.length) return { diagnostics };
  return { value: { meta: opts.meta, parts: keepRulesWithLinesInParts(parts) }, diagnostics: [] };
}
