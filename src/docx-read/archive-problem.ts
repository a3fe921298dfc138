// Why a file could not be read as a DOCX, in the words a clerk understands (import, audit).
import type { DocxArchiveError } from "./zip.js";

export function archiveProblem(err: DocxArchiveError): string {
  if (err.reason === "too-large") return `phần ${err.part} quá lớn`;
  if (err.reason === "bad-xml") return `phần ${err.part} không phải XML hợp lệ`;
  if (err.reason === "missing-part") return `thiếu phần ${err.part}`;
  return "không phải tệp nén ZIP của Word";
}

/** What to do about it, the same whatever the reason. */
export const ARCHIVE_HINT = "Mở tệp bằng Word hoặc LibreOffice và lưu lại dưới dạng Word (.docx); tệp .doc cũ cần lưu lại thành .docx.";
