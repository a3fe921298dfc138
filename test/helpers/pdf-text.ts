// Text of a PDF per page through poppler's pdftotext, for exact-text and golden-file tests.
// -raw keeps the content-stream order (cell by cell, line by line), which does not depend on
// column positions and reads naturally; trailing spaces and blank tail lines are dropped.

import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

async function withPdfFile<T>(buffer: Buffer, fn: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "cai-cach-pdf-"));
  try {
    const path = join(dir, "doc.pdf");
    await writeFile(path, buffer);
    return await fn(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const normalisePage = (page: string): string =>
  page
    .split("\n")
    .map((line) => line.replace(/\s+$/u, ""))
    .join("\n")
    .replace(/\n+$/u, "");

/** The text of each page, in order (NFC as extracted; nothing else is changed inside a line). */
export async function pdfPages(buffer: Buffer): Promise<string[]> {
  const text = await withPdfFile(buffer, async (path) => (await run("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"])).stdout);
  const pages = text.split("\f");
  // pdftotext ends the last page with a form feed too.
  if (text.endsWith("\f")) pages.pop();
  return pages.map(normalisePage);
}

export async function pdfPageCount(buffer: Buffer): Promise<number> {
  const info = await withPdfFile(buffer, async (path) => (await run("pdfinfo", [path])).stdout);
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error("pdfinfo printed no page count");
  return Number(m[1]);
}
