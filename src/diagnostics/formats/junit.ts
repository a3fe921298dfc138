// JUnit XML for CI systems that show test reports (GitLab merge requests, Jenkins, Azure): one
// testcase per checked file; each error in it is a <failure>, warnings go to <system-out> so that
// they are visible without failing the file.

import type { Diagnostic } from "../diagnostic.js";
import type { Formatter } from "./types.js";
import { xmlControlsEscaped } from "../../util/terminal-text.js";

export interface JunitOptions {
  /** Every file checked, including clean ones (a clean file is a passing testcase). */
  files?: readonly string[];
}

const GENERAL = "(chung)";

export function formatJunit(diagnostics: readonly Diagnostic[], opts: JunitOptions = {}): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of opts.files ?? []) byFile.set(f, []);
  for (const d of diagnostics) {
    const key = d.file ?? GENERAL;
    if (!byFile.has(key)) byFile.set(key, []);
    byFile.get(key)!.push(d);
  }
  const cases: string[] = [];
  let failing = 0;
  for (const [file, list] of byFile) {
    const errors = list.filter((d) => d.severity === "error");
    const warnings = list.filter((d) => d.severity === "warning");
    if (errors.length) failing++;
    const body = [
      ...errors.map(
        (d) => `      <failure message="${attr(`${d.code}: ${d.message}`)}" type="${attr(d.code)}">${text(detail(d))}</failure>`,
      ),
      ...(warnings.length ? [`      <system-out>${text(warnings.map((d) => `cảnh báo ${detail(d)}`).join("\n"))}</system-out>`] : []),
    ];
    const open = `    <testcase name="${attr(file)}" classname="cai-cach.check"${file === GENERAL ? "" : ` file="${attr(file)}"`}`;
    cases.push(body.length ? `${open}>\n${body.join("\n")}\n    </testcase>` : `${open}/>`);
  }
  const counts = `tests="${byFile.size}" failures="${failing}" errors="0" skipped="0"`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="cai-cach check" ${counts}>`,
    `  <testsuite name="cai-cach check" ${counts}>`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}

function detail(d: Diagnostic): string {
  const at = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : d.place ? ` (${d.place.where})` : "";
  const where = d.file ? `${d.file}${at} ` : "";
  return `${where}${d.code}: ${d.message}${d.hint ? `\nGợi ý: ${d.hint}` : ""}`;
}

// XML 1.0 forbids most control characters even as references: those from an input show as their
// visible stand-ins; DEL, C1 and bidi controls become character references (util/terminal-text.ts).
const text = (s: string): string => xmlControlsEscaped(s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
const attr = (s: string): string => text(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;");

/** The `--format junit` entry of the registry. */
export const junit: Formatter = (diagnostics, ctx) => formatJunit(diagnostics, { files: ctx.files });
