// Reads a text file as a clerk may have saved it: UTF-8 (with or without BOM), UTF-16 from
// Notepad, or bytes of a legacy 8-bit encoding (TCVN3 ".VnTime", VNI "VNI-Times") pasted from
// old documents. Every problem is a diagnostic; nothing throws.

import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { detectLegacy, legacyName } from "./legacy-text.js";
import { readRegularFile, readRegularFileSync, SourceRefused } from "./read-regular.js";

export interface SourceText {
  /** Decoded text (BOM removed), positions in diagnostics refer to it. */
  text: string;
}

export async function readSource(path: string, display: string): Promise<Result<SourceText>> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path);
  } catch (err) {
    return { diagnostics: [readFailure(err as NodeJS.ErrnoException, display)] };
  }
  return decodeSource(bytes, display);
}

/** The bytes of a document that is not text (a DOCX to import), with the same refusals and messages. */
export async function readSourceBytes(path: string, display: string): Promise<Result<Buffer>> {
  try {
    return { value: await readRegularFile(path), diagnostics: [] };
  } catch (err) {
    return { diagnostics: [readFailure(err as NodeJS.ErrnoException, display)] };
  }
}

/** The same, synchronously: for the small files read before anything else (config, notes). */
export function readSourceSync(path: string, display: string): Result<SourceText> {
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(path);
  } catch (err) {
    return { diagnostics: [readFailure(err as NodeJS.ErrnoException, display)] };
  }
  return decodeSource(bytes, display);
}

function decodeSource(bytes: Buffer, display: string): Result<SourceText> {
  const diagnostics: Diagnostic[] = [];
  // UTF-16 (Notepad's "Unicode"): readable, but every other tool expects UTF-8.
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== undefined) {
    diagnostics.push({
      code: "load/utf16",
      severity: "warning",
      file: display,
      message: "Tệp được lưu bằng bảng mã UTF-16; cai-cach vẫn đọc được nhưng các công cụ khác thì không.",
      hint: 'Lưu lại tệp với bảng mã "UTF-8" (trong Notepad: File → Save As → Encoding: UTF-8).',
    });
    return { value: { text: utf16 }, diagnostics };
  }
  if (bytes.includes(0)) {
    return {
      diagnostics: [
        {
          code: "load/binary-file",
          severity: "error",
          file: display,
          message: "Tệp này không phải tệp văn bản (có thể là tệp Word, PDF hoặc ảnh).",
          hint: "Kế hoạch phải là tệp văn bản YAML (.yaml); mở bằng trình soạn thảo văn bản, không phải Word.",
        },
      ],
    };
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // UTF-8 BOM: harmless, dropped
  const body = bytes.subarray(start);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    return { value: { text }, diagnostics };
  } catch {
    // Not UTF-8: most likely a legacy Vietnamese 8-bit encoding. Name it when we can.
    const latin = new TextDecoder("windows-1252").decode(body);
    const kind = detectLegacy(latin);
    return {
      diagnostics: [
        {
          code: "load/invalid-utf8",
          severity: "error",
          file: display,
          message: kind
            ? `Tệp không phải UTF-8: có vẻ được gõ bằng bảng mã cũ ${legacyName(kind)}.`
            : "Tệp không phải UTF-8: có những byte không đọc được.",
          hint: "Chuyển sang Unicode dựng sẵn (UTF-8), ví dụ bằng Unikey: Công cụ chuyển mã → Unicode, rồi lưu lại với bảng mã UTF-8.",
          clause: "NĐ 30/2020/NĐ-CP, Phụ lục I, I.4",
        },
      ],
    };
  }
}

function decodeUtf16(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return undefined;
}

function readFailure(err: NodeJS.ErrnoException, display: string): Diagnostic {
  if (err instanceof SourceRefused) return refusedSource(err, display);
  if (err.code === "ENOENT") {
    return {
      code: "load/file-not-found",
      severity: "error",
      file: display,
      message: `Không tìm thấy tệp "${display}".`,
      hint: "Kiểm tra lại tên và thư mục của tệp (tên tệp phân biệt chữ hoa, chữ thường).",
    };
  }
  return {
    code: "load/file-unreadable",
    severity: "error",
    file: display,
    message:
      err.code === "EISDIR"
        ? `"${display}" là một thư mục, không phải tệp.`
        : `Không đọc được tệp "${display}" (${err.code ?? "lỗi hệ thống"}).`,
    hint: err.code === "EISDIR" ? "Chỉ ra một tệp .yaml trong thư mục đó." : "Kiểm tra quyền đọc tệp.",
  };
}

/** Not a regular file (a pipe, a device), or larger than the configured limit: never read. */
function refusedSource(err: SourceRefused, display: string): Diagnostic {
  if (err.reason === "too-large") {
    const mb = (n: number): string => String(Math.ceil(n / (1024 * 1024)));
    return {
      code: "load/file-too-large",
      severity: "error",
      file: display,
      message: `Tệp "${display}" lớn ${mb(err.size)} MB, quá giới hạn ${mb(err.limit)} MB nên không được đọc.`,
      hint: "Kiểm tra lại tệp (có thể chọn nhầm tệp); nếu đúng là tệp cần đọc, tăng limits.fileSizeMB trong cai-cach.config.yaml.",
    };
  }
  return {
    code: "load/not-a-file",
    severity: "error",
    file: display,
    message: `"${display}" không phải một tệp thường (${err.kind}); cai-cach không đọc nó.`,
    hint: "Chỉ ra một tệp .yaml (hoặc .csv) lưu trên đĩa.",
  };
}
