// One corpus case, end to end: build its project, run the command in-process, then assert the
// contract of issue 6: the exit code, each diagnostic with its code and location, no stack trace,
// the inputs byte-identical, and no partial output (only the expected, complete files appear).
import { readFileSync, rmSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { printedDiagnostics, runCli, stackTraceIn } from "../helpers/cli-run.js";
import { completeOutputProblem } from "../helpers/output-files.js";
import { docxParagraphs } from "../helpers/docx-plain-text.js";
import { pdfPages } from "../helpers/pdf-text.js";
import { buildProject, changedEntries, newEntries, releaseImmutable, snapshot, type Case } from "./corpus.js";

function matchesAt(d: { file?: string; line?: number; column?: number }, at: string): boolean {
  const m = /^(.*?)(?::(\d+))?(?::(\d+))?$/u.exec(at)!;
  const file = d.file?.split("\\").join("/");
  if (file !== m[1]) return false;
  if (m[2] !== undefined && d.line !== Number(m[2])) return false;
  if (m[3] !== undefined && d.column !== Number(m[3])) return false;
  return true;
}

/** Text an output file must hold (issue 12: escaped Markdown, neutralised CSV, YAML made by the library). */
type FileContains = { fileContains?: Record<string, string[]> };

export async function runCase(c: Case): Promise<void> {
  const root = buildProject(c);
  try {
    const before = snapshot(root);
    const run = await runCli(c.spec.command, root, { ...c.spec.env });
    const output = `${run.stdout}\n${run.stderr}`;
    const context = `case ${c.name} (${c.spec.command.join(" ")}) printed:\n${output}`;

    expect(stackTraceIn(output), context).toBeUndefined();
    expect(run.code, context).toBe(c.spec.exit);

    const printed = printedDiagnostics(run);
    for (const want of c.spec.diagnostics ?? []) {
      const sameCode = printed.filter((d) => d.code === want.code);
      expect(sameCode.length, `${context}\nexpected a diagnostic ${want.code}`).toBeGreaterThan(0);
      if (want.at !== undefined) {
        expect(
          sameCode.some((d) => matchesAt(d, want.at!)),
          `${context}\nexpected ${want.code} at ${want.at}, got ${JSON.stringify(sameCode)}`,
        ).toBe(true);
      }
      if (want.severity !== undefined)
        expect(
          sameCode.some((d) => d.severity === want.severity),
          context,
        ).toBe(true);
    }
    if (c.spec.exit !== 0) {
      // A failed run says why: at least one error diagnostic with a stable code.
      expect(
        printed.some((d) => d.severity === "error"),
        `${context}\nno error diagnostic`,
      ).toBe(true);
    }
    for (const text of c.spec.contains ?? []) expect(output, context).toContain(text);

    const after = snapshot(root);
    expect(changedEntries(before, after), `${context}\ninputs changed`).toEqual([]);
    expect(newEntries(before, after), `${context}\nunexpected new files`).toEqual([...(c.spec.outputs ?? [])].sort());
    for (const out of c.spec.outputs ?? []) {
      const bytes = readFileSync(join(root, out));
      expect(await completeOutputProblem(out, bytes), `${c.name}: ${out} is not complete`).toBeUndefined();
      if (c.spec.nfc) await expectNfc(out, bytes);
    }
    for (const [file, texts] of Object.entries((c.spec as FileContains).fileContains ?? {})) {
      const text = readFileSync(join(root, file), "utf8");
      for (const t of texts) expect(text, `${c.name}: ${file}`).toContain(t);
    }
  } finally {
    // Read-only and immutable folders inside would stop the clean-up.
    releaseImmutable(root, c);
    for (const step of c.spec.setup ?? []) if (step.startsWith("chmod:")) chmodSync(join(root, step.slice(6).split("=")[0]!), 0o755);
    rmSync(root, { recursive: true, force: true });
  }
}

/** Text typed in NFD comes out composed: the read-back text equals its NFC form. */
async function expectNfc(path: string, bytes: Buffer): Promise<void> {
  let text: string;
  if (path.endsWith(".docx")) text = (await docxParagraphs(bytes)).join("\n");
  else if (path.endsWith(".pdf")) text = (await pdfPages(bytes)).join("\n");
  else text = bytes.toString("utf8");
  expect(text.replace(/\s+/gu, " ")).toContain("Thông tin, tuyên truyền cải cách hành chính năm 2022");
  expect(/[\u0300-\u036f]/u.test(text), `${path} holds combining marks (NFD)`).toBe(false);
  expect(text).toBe(text.normalize("NFC"));
}
