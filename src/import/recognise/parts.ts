// What follows the signature on pages of its own: an appendix ("Phụ lục I", its title, "(Kèm
// theo …)", then paragraphs, sections or a table), or the document a Quyết định issues (its
// tên loại, trích yếu, "(Ban hành kèm theo Quyết định số … của …)", then a whole body).
import type { Appendix } from "../../model/plan.js";
import type { Entry, Line, TableEntry } from "../entries.js";
import type { Cursor } from "./cursor.js";
import type { Findings } from "./findings.js";
import { labelOf } from "./labels.js";
import { readSections, tableOf } from "./sections.js";

const HEADING_KINDS = new Set(["phan", "muc", "khoan", "decimal", "diem"]);

export const isAppendixStart = (l: Line | undefined): boolean => !!l && (l.style === "PhuLuc" || /^Phụ lục(\s+[IVXLC]+)?$/u.test(l.text));

/** The entries up to the next part break (not included). */
export function untilBreak(cur: Cursor): (Line | TableEntry)[] {
  const out: (Line | TableEntry)[] = [];
  for (let e = cur.peek(); e && e.kind !== "break"; e = cur.peek()) out.push(cur.next() as Line | TableEntry);
  return out;
}

export const TASK_APPENDIX_TITLE = "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH";

export function readAppendix(cur: Cursor, findings: Findings): Appendix {
  cur.next(); // "Phụ lục I"
  const entries = untilBreak(cur);
  const first = entries[0];
  const hasTitle = first?.kind === "line" && (first.style === "PhuLucTen" || first.style === undefined);
  const title = hasTitle ? first.text : "";
  let i = hasTitle ? 1 : 0;
  const appendix: Appendix = { title };
  for (; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.kind !== "line" || !(e.style === "PhuLucKemTheo" || e.italic || /^\(Kèm theo\b/u.test(e.text))) break;
    if (!/^\(Kèm theo\b/u.test(e.text)) appendix.subtitle = e.text;
  }
  const rest = entries.slice(i);
  const hasSections = rest.some((e) => e.kind === "line" && HEADING_KINDS.has(labelOf(e.text)?.kind ?? ""));
  const body = readSections(hasSections ? rest : rest.filter((e) => e.kind === "line"), findings);
  const paragraphs = body.before.filter((e): e is Line => e.kind === "line").map((l) => l.text);
  if (paragraphs.length) appendix.text = paragraphs.length === 1 ? paragraphs[0] : paragraphs;
  if (body.sections.length) appendix.sections = body.sections;
  const tables = rest.filter((e): e is TableEntry => e.kind === "table");
  // A table outside any section is the appendix's own table (printed after its sections).
  if (!hasSections && tables[0]) appendix.table = tableOf(tables[0]);
  return appendix;
}

export const isBreak = (e: Entry | undefined): boolean => e?.kind === "break";
