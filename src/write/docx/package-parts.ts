// The parts of a DOCX package as docx writes them, before zipping: docx's Packer compiles the
// document into its parts and then zips them in JavaScript; we take the parts and zip them with
// zlib (./zip.ts). The compiler is Packer's own (a private static field in docx 9's types), so it
// is checked here: a docx upgrade that moves it fails loudly in every DOCX test, never silently.
import { type Document, Packer } from "docx";
import type { ZipEntry } from "./zip.js";

interface Override {
  path: string;
  data: string;
}

interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly Override[]): Map<string, string | Uint8Array>;
}

/** The package's parts in the order docx zips them; `overrides` replace or add parts. */
export function packageParts(document: Document, overrides: readonly Override[]): ZipEntry[] {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile !== "function") throw new Error("docx's Packer has no compiler: the DOCX zip step needs updating");
  const encoder = new TextEncoder();
  return [...(compiler as Compiler).compile(document, undefined, overrides)].map(([path, data]) => ({
    path,
    data: typeof data === "string" ? encoder.encode(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  }));
}
