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
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import type { Signer } from "../model/plan.js";

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
}

const LISTS = ["directing", "results", "strengths", "shortcomings", "causes", "tasks", "requests"] as const;
const empty = (): ReportNotes => ({ directing: [], results: [], strengths: [], shortcomings: [], causes: [], tasks: [], requests: [] });

export const notesPath = (root: string, key: string): string => join(root, "reports", "notes", `${key}.yaml`);

/** value undefined: no notes file (the report says so and warns). */
export function loadNotes(root: string, key: string, cwd: string): Result<ReportNotes | undefined> {
  const path = notesPath(root, key);
  if (!existsSync(path)) return { diagnostics: [] };
  const file = relative(cwd, path) || path;
  const notes: ReportNotes = { ...empty(), file };
  const diagnostics: Diagnostic[] = [];
  const bad = (pointer: string, message: string, hint: string): void => {
    diagnostics.push({ code: "report/notes-invalid", severity: "error", file, pointer, message, hint });
  };
  let raw: any;
  try {
    raw = parse(readFileSync(path, "utf8").normalize("NFC")) ?? {};
  } catch (err) {
    bad("", `Tệp ghi chú báo cáo sai cú pháp YAML: ${(err as Error).message.split("\n")[0]}`, "Sửa dòng được chỉ ra.");
    return { value: notes, diagnostics };
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    bad("", "Tệp ghi chú báo cáo phải là một bảng khóa: giá trị.", "Xem mẫu trong README (mục Báo cáo).");
    return { value: notes, diagnostics };
  }
  for (const [k, v] of Object.entries(raw)) {
    if ((LISTS as readonly string[]).includes(k)) {
      const list = typeof v === "string" ? [v] : v;
      if (Array.isArray(list) && list.every((x) => typeof x === "string"))
        notes[k as (typeof LISTS)[number]] = list.map((s: string) => s.trim());
      else bad(`/${k}`, `"${k}" phải là một câu hoặc danh sách các câu.`, `Ví dụ:\n${k}:\n  - …`);
    } else if (k === "number") {
      if (Number.isInteger(v) && (v as number) > 0) notes.number = v as number;
      else bad("/number", "Số báo cáo phải là số nguyên dương.", "Ví dụ: number: 45");
    } else if (k === "date") {
      if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) notes.date = v;
      else bad("/date", "Ngày báo cáo phải viết dạng YYYY-MM-DD.", "Ví dụ: date: 2022-03-18");
    } else if (k === "signer") {
      const s = v as any;
      if (s && typeof s.title === "string" && typeof s.name === "string") notes.signer = s as Signer;
      else bad("/signer", "Người ký cần có title và name.", "Ví dụ: signer: { title: GIÁM ĐỐC, name: Lê Kim Bằng }");
    } else {
      bad(`/${k}`, `Trường "${k}" không có trong mẫu ghi chú báo cáo.`, `Các trường: number, date, signer, ${LISTS.join(", ")}.`);
    }
  }
  return { value: notes, diagnostics };
}
