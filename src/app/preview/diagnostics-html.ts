// Diagnostics above the page: code, message, hint and file:line:col, each with a link that
// opens the file at the spot in VS Code (vscode://file/<absolute path>:line:col). Every string
// is escaped: plan text and file names are hostile input.
import { resolve } from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../../diagnostics/formats/types.js";
import { escapeHtml } from "../../util/html-escape.js";

const where = (d: Diagnostic): string => (d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ""}` : "cai-cach");

function link(d: Diagnostic, cwd: string): string {
  const text = escapeHtml(where(d));
  if (!d.file) return `<span class="where">${text}</span>`;
  const spot = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : "";
  const href = `vscode://file${encodeURI(
    resolve(cwd, d.file)
      .replace(/\\/g, "/")
      .replace(/^(?!\/)/, "/"),
  )}${spot}`;
  return `<a class="where" href="${escapeHtml(href)}">${text}</a>`;
}

function item(d: Diagnostic, cwd: string): string {
  const level = d.severity === "error" ? "lỗi" : "cảnh báo";
  return [
    `<li class="diagnostic ${d.severity}" data-code="${escapeHtml(d.code)}"${d.line !== undefined ? ` data-line="${d.line}"` : ""}>`,
    `${link(d, cwd)} <span class="level">${level}</span> <code>${escapeHtml(d.code)}</code>`,
    `<div class="message">${escapeHtml(d.message)}</div>`,
    d.hint ? `<div class="hint">Gợi ý: ${escapeHtml(d.hint)}</div>` : "",
    "</li>",
  ].join("");
}

/** The list, or nothing when there is nothing to say; `kept`: the page below is the last good one. */
export function diagnosticsHtml(diagnostics: readonly Diagnostic[], cwd: string, kept = true): string {
  if (diagnostics.length === 0) return "";
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const below = kept ? "trang dưới đây là lần xuất đúng gần nhất" : "chưa xuất được lần nào, hãy sửa các lỗi này";
  const title = errors ? `Có ${errors} lỗi: ${below}.` : `${diagnostics.length} cảnh báo.`;
  return `<p class="summary">${escapeHtml(title)}</p><ul>${sortDiagnostics([...diagnostics])
    .map((d) => item(d, cwd))
    .join("")}</ul>`;
}
