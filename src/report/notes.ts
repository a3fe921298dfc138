// The clerk's notes for one period: what a computer cannot know (assessment, causes, requests,
// the report's number and date). reports/notes/<period key>.yaml, e.g. reports/notes/2022-Q1.yaml:
//
//   number: 45                 # Số của báo cáo (45/BC-SVHTTDL); bỏ trống: để chỗ trống cho văn thư
//   date: 2022-03-18           # ngày ký; bỏ trống: hạn gửi báo cáo của kỳ (hoặc ngày cuối của kỳ đột xuất)
//   directing: [ … ]           # I.1 văn bản chỉ đạo, triển khai đã ban hành trong kỳ
//   results: [ … ]             # I: kết quả khác, ngoài số liệu nhật ký
//   strengths: [ … ]           # II.1 ưu điểm
//   shortcomings: [ … ]        # II.2 tồn tại, hạn chế (thêm vào danh sách tự sinh)
//   causes: [ … ]              # II.2 nguyên nhân
//   tasks: [ … ]               # III nhiệm vụ kỳ tới (thêm vào danh sách tự sinh)
//   requests: [ … ]            # IV kiến nghị, đề xuất
//   signer: { prefix: KT., authority: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: … }   # mặc định: người ký kế hoạch
//
// The shape is schemas/notes.schema.json; the file is read as plans are (src/load), so every
// problem carries its line and column.
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { loadDocumentSync } from "../load/load-document.js";
import { validate as generated } from "../load/notes-validator.generated.js";
import { NOTES_KIND } from "../load/schema-kinds.js";
import { schemaValidator } from "../load/schema-validator.js";
import type { Signer } from "../model/plan.js";
import { locateDiagnostics } from "../load/source-file.js";
import { notesTextProblems } from "./notes-text.js";
import { parseVnDate } from "../util/vn-date.js";

export interface ReportNotes {
  file?: string;
  number?: number;
  date?: string;
  directing: string[];
  results: string[];
  strengths: string[];
  shortcomings: string[];
  causes: string[];
  tasks: string[];
  requests: string[];
  signer?: Signer;
  /** Plan item ids whose automatic shortcoming ("chưa có hoạt động trong kỳ") the unit dismisses. */
  dismiss?: string[];
}

const LISTS = ["directing", "results", "strengths", "shortcomings", "causes", "tasks", "requests"] as const;
type NotesFile = Partial<Record<(typeof LISTS)[number], string | string[]>> &
  Pick<ReportNotes, "number" | "signer" | "dismiss"> & { date?: string };

const validate = schemaValidator(generated, NOTES_KIND);

export const notesPath = (root: string, key: string): string => join(root, "reports", "notes", `${key}.yaml`);

/** value undefined: no notes file (the report says so and warns). */
export function loadNotes(root: string, key: string, cwd: string): Result<ReportNotes | undefined> {
  return loadNotesFile(notesPath(root, key), cwd);
}

/** One notes file; value undefined when it does not exist. */
export function loadNotesFile(path: string, cwd: string): Result<ReportNotes | undefined> {
  if (!existsSync(path)) return { diagnostics: [] };
  const file = relative(cwd, path) || path;
  const loaded = loadDocumentSync(path, file, { validate, empty: {} });
  const notes: ReportNotes = { file, directing: [], results: [], strengths: [], shortcomings: [], causes: [], tasks: [], requests: [] };
  if (loaded.data === undefined) return { value: notes, diagnostics: loaded.diagnostics };
  // A real date, and characters the Báo cáo can carry (notes-text.ts), each at its line. The notes
  // are still read: the project's config may lower or turn off these rules (never text/xml-illegal).
  const text = notesTextProblems(loaded.data);
  const located = text.length > 0 && loaded.source ? locateDiagnostics(text, loaded.source, loaded.data) : text;
  const diagnostics = [...loaded.diagnostics, ...located];
  const data = loaded.data as NotesFile;
  for (const list of LISTS) {
    const given = data[list];
    if (given !== undefined) notes[list] = (typeof given === "string" ? [given] : given).map((s) => s.trim());
  }
  if (data.number !== undefined) notes.number = data.number;
  // "15/3/2026" as clerks type it, or ISO (notes-text.ts reports a date that does not exist).
  if (data.date !== undefined) notes.date = parseVnDate(String(data.date)) ?? String(data.date);
  if (data.dismiss !== undefined) notes.dismiss = data.dismiss;
  if (data.signer !== undefined) notes.signer = data.signer;
  return { value: notes, diagnostics };
}

/** `check` on a file under reports/notes/: the notes' own problems, each at its line. */
export function checkNotesFile(path: string, cwd: string): Diagnostic[] {
  return loadNotesFile(path, cwd).diagnostics;
}
