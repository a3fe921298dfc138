// The human format: "file:line:col  lỗi  code", the message, a code frame with ^^^ under the
// spot, the hint and the clause. Colour (chalk) only when the caller allows it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { codeFrame, type FrameStyle } from "./code-frame.js";
import type { FormatContext, Formatter } from "./types.js";
import { sortDiagnostics } from "./types.js";
import { paint, type Paint } from "./paint.js";

export const stylish: Formatter = (diagnostics, ctx) => {
  const p = paint(ctx.color);
  return sortDiagnostics(diagnostics).map((d) => one(d, ctx, p)).join("\n");
};

function one(d: Diagnostic, ctx: FormatContext, p: Paint): string {
  const where = d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ""}` : "cai-cach";
  const level = d.severity === "error" ? p.red("lỗi") : p.yellow("cảnh báo");
  const out = [`${p.bold(where)}  ${level}  ${p.dim(d.code)}`, d.message];
  const text = d.file && d.line !== undefined ? sourceOf(d.file, ctx) : undefined;
  if (text !== undefined && d.line !== undefined) {
    const style: FrameStyle = { gutter: p.dim, marker: d.severity === "error" ? p.red : p.yellow };
    const frame = codeFrame(text, d.line, d.column ?? 1, d.endLine, d.endColumn, style);
    if (frame) out.push("", frame, "");
  }
  if (d.hint) out.push(`${p.cyan("Gợi ý:")} ${d.hint}`);
  if (d.clause) out.push(`${p.dim("Căn cứ:")} ${d.clause}`);
  return out.join("\n") + "\n";
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
