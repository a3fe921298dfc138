// The header of a decree document (ô 1–5, Phụ lục I): the draft marker, the parent and issuing
// agencies, Quốc hiệu and Tiêu ngữ, "Số: 175/KH-SVHTTDL", the place and date, the tên loại and
// the trích yếu (a công văn: "V/v …" under its number).
import type { DocumentTypeCode } from "../../model/plan.js";
import { TYPE_NAMES } from "../../model/document-type-names.js";
import type { Line } from "../entries.js";
import { type Cursor, fold, isUpper } from "./cursor.js";
import { labelOf } from "./labels.js";

export interface Header {
  draft?: { version?: number; blankDay?: boolean };
  parentLines: Line[];
  agencyLines: Line[];
  number?: number;
  code?: string;
  type?: DocumentTypeCode;
  subject?: string;
  place?: string;
  date?: string;
  /** The tên loại as printed ("KẾ HOẠCH"), and its type. */
  typeName?: string;
  title?: string;
  /** Lines of the header that said where things are (for problems). */
  at?: Line;
  /** The split between the parent and the issuer was guessed (a text file). */
  splitGuessed?: boolean;
}

const QUOC_HIEU = "cong hoa xa hoi chu nghia viet nam";
const TIEU_NGU = /^doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc$/;

/** Tên loại IN HOA → type, longest names first ("QUY ĐỊNH" before "QUYẾT ĐỊNH" does not matter: folded names differ). */
const TYPE_BY_NAME: [string, DocumentTypeCode][] = (Object.entries(TYPE_NAMES) as [DocumentTypeCode, string][])
  .filter(([code]) => code !== "CV")
  .map(([code, name]): [string, DocumentTypeCode] => [name.toLocaleUpperCase("vi"), code])
  .sort((a, b) => b[0].length - a[0].length);

export const KNOWN_TYPES = new Set<string>(Object.keys(TYPE_NAMES));

/** "KẾ HOẠCH" alone, or "KẾ HOẠCH Thông tin…" typed on one line: the type and the rest. */
export function typeNameOf(text: string): { type: DocumentTypeCode; name: string; rest: string } | undefined {
  for (const [name, type] of TYPE_BY_NAME) {
    if (text === name) return { type, name, rest: "" };
    if (text.startsWith(`${name} `) && !isUpper(text.slice(name.length + 1)))
      return { type, name, rest: text.slice(name.length + 1).trim() };
  }
  return undefined;
}

const NUMBER = /^Số\s*:?\s*(\d*)\s*\/\s*(\S+)\s*$/u;
const PLACE_DATE = /^(.+?)\s*,\s*ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/u;

export function parseNumberLine(text: string): { number?: number; code: string } | undefined {
  const m = NUMBER.exec(text.replace(/\u2011/g, "-"));
  if (!m) return undefined;
  return { number: m[1] ? Number(m[1]) : undefined, code: m[2]! };
}

/** The type a code starts with: "KH-SVHTTDL" → KH; a công văn's code names no type ("UBND-VP"). */
export function typeOfCode(code: string): DocumentTypeCode | undefined {
  const first = code.split("-")[0] ?? "";
  return KNOWN_TYPES.has(first) ? (first as DocumentTypeCode) : undefined;
}

export function readHeader(cur: Cursor): Header {
  const h: Header = { parentLines: [], agencyLines: [] };
  const agency: Line[] = [];
  for (let line = cur.line(); line; line = cur.line()) {
    const f = fold(line.text);
    if (f === "du thao") h.draft = { ...h.draft };
    else if (/^du thao lan \d+$/.test(f)) h.draft = { ...h.draft, version: Number(/\d+/.exec(f)![0]) };
    else if (f === QUOC_HIEU || TIEU_NGU.test(f)) {
      /* fixed wording, generated */
    } else if (NUMBER.test(line.text.replace(/\u2011/g, "-"))) {
      const n = parseNumberLine(line.text)!;
      h.number = n.number;
      h.code = n.code;
      h.type = typeOfCode(n.code) ?? "CV";
      h.at ??= line;
    } else if (/^V\/v\s+/u.test(line.text)) h.subject = line.text.replace(/^V\/v\s+/u, "");
    else if (h.subject !== undefined && h.place === undefined && (line.style === "VeViec" || (!line.style && /^\p{Ll}/u.test(line.text))))
      h.subject += ` ${line.text}`; // the V/v line broken under the number
    else if (PLACE_DATE.test(line.text)) {
      const m = PLACE_DATE.exec(line.text)!;
      h.place = m[1]!;
      if (!m[2]) h.draft = { ...h.draft, blankDay: true };
      h.date = `${m[4]}-${m[3]!.padStart(2, "0")}-${(m[2] ?? "01").padStart(2, "0")}`;
    } else if (h.code === undefined && h.place === undefined && isUpper(line.text) && !typeNameOf(line.text)) agency.push(line);
    else break;
    cur.next();
  }
  splitAgencies(agency, h);
  const named = cur.line() ? typeNameOf(cur.line()!.text) : undefined;
  if (named && h.type !== "CV") {
    cur.next();
    h.typeName = named.name;
    h.type ??= named.type;
    if (named.rest) h.title = named.rest;
  }
  if (h.title === undefined && h.typeName !== undefined) h.title = readTitle(cur);
  if (h.type === "CV") h.title = h.subject;
  return h;
}

/** The trích yếu: the line after the tên loại (several lines when a DOCX broke it by hand, in its style). */
function readTitle(cur: Cursor): string | undefined {
  const first = cur.line();
  if (!first) return undefined;
  const lines = [first];
  cur.next();
  // Several lines: a DOCX keeps its style on each, Markdown its bold.
  const more = (l: Line | undefined): boolean =>
    !!l && (first.style ? l.style === "TrichYeu" : first.bold && l.bold && l.heading === undefined && !isUpper(l.text) && !labelOf(l.text));
  while (more(cur.line())) lines.push(cur.next() as Line);
  return lines.map((l) => l.text).join(" ");
}

/**
 * The agency lines: the parent (cơ quan chủ quản) above, the issuing agency below. A DOCX by
 * cai-cach names them by style, Markdown by weight (the issuer in bold); a text file says
 * nothing, so a line that starts an agency name (SỞ, PHÒNG, TRUNG TÂM…) after others starts the
 * issuer, and the split is marked for review.
 */
function splitAgencies(lines: Line[], h: Header): void {
  if (lines.some((l) => l.style === "CoQuanChuQuan" || l.style === "CoQuanBanHanh")) {
    h.parentLines = lines.filter((l) => l.style === "CoQuanChuQuan");
    h.agencyLines = lines.filter((l) => l.style !== "CoQuanChuQuan");
    return;
  }
  // Markdown and most word processors set the issuer in bold and the parent not.
  if (lines.some((l) => l.bold)) {
    const firstBold = lines.findIndex((l) => l.bold);
    h.parentLines = lines.slice(0, firstBold);
    h.agencyLines = lines.slice(firstBold);
    return;
  }
  const start = lines.findIndex(
    (l, i) => i > 0 && /^(SỞ|PHÒNG|BAN|TRUNG TÂM|VĂN PHÒNG|CHI CỤC|CỤC|VỤ|TRƯỜNG|BỆNH VIỆN|THANH TRA|ĐÀI|BÁO|BỘ)(?=\s|$)/u.test(l.text),
  );
  h.parentLines = start > 0 ? lines.slice(0, start) : [];
  h.agencyLines = start > 0 ? lines.slice(start) : lines;
  if (start > 0) h.at ??= lines[0];
  h.splitGuessed = start > 0;
}
