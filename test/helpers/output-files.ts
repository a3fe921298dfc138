// What a complete output looks like, by extension: a PDF with its header and final %%EOF, a DOCX
// that unzips with its main part, a .tgz (init's vendored cai-cach) that gunzips whole, a
// non-empty UTF-8 text. Used by the corpus, kill and
// determinism tests to tell a whole file from a partial one.
import { gunzipSync } from "node:zlib";
import JSZip from "jszip";

export async function completeOutputProblem(path: string, bytes: Buffer): Promise<string | undefined> {
  if (path.endsWith(".pdf")) {
    if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") return "no %PDF- header";
    if (!bytes.subarray(-32).toString("latin1").trimEnd().endsWith("%%EOF")) return "no %%EOF at the end";
    return undefined;
  }
  if (path.endsWith(".docx")) {
    try {
      const zip = await JSZip.loadAsync(bytes);
      if (zip.file("word/document.xml") === null) return "no word/document.xml";
      await zip.file("word/document.xml")!.async("string");
      return undefined;
    } catch (err) {
      return `not a zip: ${(err as Error).message}`;
    }
  }
  if (path.endsWith(".tgz")) {
    try {
      gunzipSync(bytes);
      return undefined;
    } catch (err) {
      return `not a whole gzip: ${(err as Error).message}`;
    }
  }
  if (bytes.length === 0) return "empty";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "not UTF-8";
  }
  return undefined;
}
