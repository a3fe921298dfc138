// Reads one activity log fast: bytes → text as the plan loader decodes them (read-source.ts:
// BOM, UTF-16, binary, TCVN3/VNI bytes) → NFC → fast YAML subset (or JSON for .json, js-yaml for
// anything else) → the schema's precompiled yes/no validator. Positions are computed only when
// there is a problem to point at (locate.ts), so 100,000 valid entries load in a fraction of a
// second.
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import type { LogFile } from "./log-model.js";
import { BAIL, plainYaml } from "../load/plain-yaml.js";
import { validateFast } from "./validate-fast.js";
import { schemaDiagnostics } from "./validate-schema.js";
import { locate } from "./locate.js";
import { readSource } from "../load/read-source.js";
import { parseYamlText } from "../load/load-yaml.js";

export interface ReadLog {
  log: LogFile;
  /** The NFC text, kept so that rule diagnostics can be located afterwards. */
  text: string;
}

/** `file` is the path as shown to the user; `path` the one to open. */
export async function readLog(path: string, file: string = path): Promise<Result<ReadLog>> {
  // The plan loader's reading: BOM, UTF-16 (a warning), binary and legacy 8-bit files (load/*).
  const source = await readSource(path, file);
  if (!source.value) return { diagnostics: source.diagnostics.map((d) => (UNREADABLE.has(d.code) ? unreadable(d, file) : d)) };
  const text = toNfc(source.value.text);
  const parsed = await parseLogText(text, file);
  if (!parsed.value) return { diagnostics: [...source.diagnostics, ...parsed.diagnostics] };
  if (validateFast(parsed.value)) return { value: { log: parsed.value as LogFile, text }, diagnostics: source.diagnostics };
  return { diagnostics: [...source.diagnostics, ...locate(text, schemaDiagnostics(parsed.value, file))] };
}

export async function parseLogText(text: string, file: string): Promise<Result<unknown>> {
  if (file.endsWith(".json")) {
    try {
      return { value: JSON.parse(text), diagnostics: [] };
    } catch {
      return { diagnostics: locatedSyntax(text, file, "JSON không hợp lệ") };
    }
  }
  const fast = plainYaml(text);
  if (fast !== BAIL) return { value: fast, diagnostics: [] };
  const { load } = await import("js-yaml");
  try {
    return { value: load(text, { filename: file }), diagnostics: [] };
  } catch (err) {
    const e = err as { mark?: { line: number; column: number } };
    const at = e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : {};
    return { diagnostics: locatedSyntax(text, file, "cú pháp YAML không đúng", at) };
  }
}

/**
 * JSON.parse and js-yaml speak English: the yaml package re-reads the file (JSON is YAML too) to
 * say what is wrong, in Vietnamese, and where (load/yaml-errors.ts, the plan's words). When it
 * alone finds nothing to object to, a plain sentence at the first parser's spot.
 */
function locatedSyntax(text: string, file: string, fallback: string, at: { line?: number; column?: number } = {}): Diagnostic[] {
  const precise = parseYamlText(text, file).diagnostics.filter((d) => d.severity === "error");
  if (precise.length === 0) return [{ ...syntax(file, fallback), ...at }];
  return precise.map((d) => ({
    ...d,
    code: "log/syntax",
    message: `Tệp nhật ký sai cú pháp ${file.endsWith(".json") ? "JSON" : "YAML"}: ${d.message.charAt(0).toLocaleLowerCase("vi")}${d.message.slice(1)}`,
  }));
}

// A missing or unreadable log keeps its own code (log/unreadable), as check's fixtures name it.
const UNREADABLE = new Set(["load/file-not-found", "load/file-unreadable"]);
const unreadable = (d: Diagnostic, file: string): Diagnostic => ({
  code: "log/unreadable",
  severity: "error",
  file,
  message: `Không đọc được tệp nhật ký: ${/"[^"]*" \(([^)]+)\)/.exec(d.message)?.[1] ?? (d.code === "load/file-not-found" ? "ENOENT" : "EISDIR")}.`,
  hint: "Kiểm tra đường dẫn và quyền đọc tệp.",
});

const syntax = (file: string, detail: string): Diagnostic => ({
  code: "log/syntax",
  severity: "error",
  file,
  message: `Tệp nhật ký sai cú pháp YAML/JSON (${detail}).`,
  hint: 'Sửa dòng được chỉ ra; mỗi mục nhật ký bắt đầu bằng "- date: …" thụt vào hai dấu cách dưới "entries:".',
});

/**
 * Unicode NFC (house rule). Skipped when the text holds only Latin letters, Vietnamese
 * precomposed letters and ASCII: those are already NFC, and normalising 20 MB costs ~0.3 s.
 */
export function toNfc(text: string): string {
  return /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027]/.test(text) ? text.normalize("NFC") : text;
}
