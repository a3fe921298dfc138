// The human format: "file:line:col  lỗi  code", the message, a code frame with ^^^ under the
// spot, the hint and the clause. Colour (chalk) only when the caller allows it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { codeFrame, sourceLines, type FrameStyle } from "./code-frame.js";
import type { FormatContext, Formatter } from "./types.js";
import { sortDiagnostics } from "./types.js";
import { paint, type Paint } from "./paint.js";
import { visible } from "../../util/terminal-text.js";

export const stylish: Formatter = (diagnostics, ctx) => {
  const p = paint(ctx.color);
  // Each file is read and split once, however many diagnostics point into it.
  const lines = new Map<string, string[] | undefined>();
  const linesOf = (file: string): string[] | undefined => {
    if (!lines.has(file)) {
      const text = sourceOf(file, ctx);
      lines.set(file, text === undefined ? undefined : sourceLines(text));
    }
    return lines.get(file);
  };
  return sortDiagnostics(diagnostics)
    .map((d) => one(d, p, linesOf))
    .join("\n");
};

// Every field may quote an input (a file name, a value): made visible before it is painted.
function one(d: Diagnostic, p: Paint, linesOf: (file: string) => string[] | undefined): string {
  const at = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : d.place ? ` (${d.place.where})` : "";
  const where = visible(d.file ? `${d.file}${at}` : "cai-cach");
  const level = d.severity === "error" ? p.red("lỗi") : p.yellow("cảnh báo");
  const out = [`${p.bold(where)}  ${level}  ${p.dim(d.code)}`, visible(d.message)];
  const text = d.file && d.line !== undefined ? linesOf(d.file) : undefined;
  if (text !== undefined && d.line !== undefined) {
    const style: FrameStyle = { gutter: p.dim, marker: d.severity === "error" ? p.red : p.yellow };
    const frame = codeFrame(text, d.line, d.column ?? 1, d.endLine, d.endColumn, style);
    if (frame) out.push("", frame, "");
  }
  if (d.hint) out.push(`${p.cyan("Gợi ý:")} ${visible(d.hint)}`);
  if (d.clause) out.push(`${p.dim("Căn cứ:")} ${visible(d.clause)}`);
  return `${out.join("\n")}\n`;
}

function sourceOf(file: string, ctx: FormatContext): string | undefined {
  const known = ctx.source(file);
  if (known !== undefined) return known;
  try {
    return readFileSync(resolve(ctx.cwd, file), "utf8");
  } catch {
    return undefined;
  }
}
