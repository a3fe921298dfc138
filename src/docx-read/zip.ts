// The ZIP container of a DOCX, opened with fflate. Only the parts a reader needs are inflated,
// and each is refused past a size limit, so a hostile archive (a "zip bomb") cannot fill memory.
import { unzipSync } from "fflate";

/** No part of a real plan comes near this (the 2022 plan's document.xml is about 200 KB). */
const PART_LIMIT = 64 * 1024 * 1024;

export class DocxArchiveError extends Error {
  constructor(
    readonly reason: "not-zip" | "too-large" | "missing-part" | "bad-xml",
    readonly part?: string,
  ) {
    super(`${reason}${part ? ` ${part}` : ""}`);
  }
}

/** The parts of the archive, decoded as UTF-8 text, for the names `wanted` accepts. */
export function openParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        if (f.originalSize > PART_LIMIT) throw new DocxArchiveError("too-large", f.name);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof DocxArchiveError) throw err;
    throw new DocxArchiveError("not-zip");
  }
  const parts = new Map<string, string>();
  const decoder = new TextDecoder("utf-8");
  for (const [name, data] of Object.entries(files)) parts.set(name, decoder.decode(data));
  return parts;
}
