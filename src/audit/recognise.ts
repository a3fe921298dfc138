// Finds the decree's components in a document's paragraphs by what they say and where they sit,
// never by style name: a document from Word, LibreOffice, WPS or Google Docs names no style
// "Quốc hiệu". The header block (Phụ lục I, ô 1–4), the tên loại and trích yếu (ô 5a) or the V/v
// line (ô 5b), Kính gửi (ô 9a), the body (ô 6), the signature (ô 7) and Nơi nhận (ô 9b).
import type { DocumentTypeCode } from "../model/plan.js";
import { TYPE_NAMES } from "../model/document-type-names.js";
import { type Line, ruleLengthMm } from "./lines.js";

export interface DrawnRule {
  line: Line;
  /** Length in mm; NaN when a shape states none. */
  lengthMm: number;
}

export interface Signature {
  /** The capitals lines: authority prefix with the title signed for, the signer's own title. */
  authority: Line[];
  name?: Line;
}

export interface Recognised {
  /** From the tên loại, or CV for a document with a V/v line and no tên loại. */
  type?: DocumentTypeCode;
  draft: boolean;
  /** The tên loại and the trích yếu typed on one line ("KẾ HOẠCH Thông tin…"). */
  joinedTitle?: boolean;
  parent: Line[];
  issuer: Line[];
  agencyRule?: DrawnRule;
  quocHieu?: Line;
  tieuNgu?: Line;
  tieuNguRule?: DrawnRule;
  so?: Line;
  date?: Line;
  veViec: Line[];
  tenLoai?: Line;
  trichYeu: Line[];
  trichYeuRule?: DrawnRule;
  kinhGui?: Line;
  /** Paragraphs of the text (every part), in order, without the components above and below. */
  body: Line[];
  signatures: Signature[];
  noiNhan?: Line;
  recipients: Line[];
}

export const QUOC_HIEU = /^CỘNG H[OÒ][AÀ] XÃ HỘI CHỦ NGHĨA VIỆT NAM$/iu;
export const TIEU_NGU = /^Độc\s*lập\s*[-–—‐]\s*Tự\s*do\s*[-–—‐]\s*Hạnh\s*phúc$/iu;
const SO = /^Số\s*:/u;
/** "ngày 27 tháng 01 năm 2022"; a draft leaves the day blank ("ngày      tháng 01 năm 2024"). */
export const DATE = /ngày\s+(\S*?)\s*tháng\s+(\S+)\s+năm\s+(\d{4})/u;
const VE_VIEC = /^V\/v\b/iu;
const KINH_GUI = /^Kính\s+gửi\b/iu;
/** "Nơi nhận:", also misspelt as clerks type it without Vietnamese input ("Noi nhan:", "Noi nhậm:"). */
export const NOI_NHAN = /^N[oơóờ]i\s+nh[aâậầ]\S*\s*:?$/iu;
const DRAFT = /^(DỰ THẢO|Dự thảo)\b/u;
/** A line that continues the agency name above it ("VÀ DU LỊCH" under "SỞ VĂN HÓA, THỂ THAO"). */
const CONTINUES = /^(VÀ|CỦA|-|&)\s/u;

const TYPES_BY_NAME = new Map<string, DocumentTypeCode>(
  (Object.entries(TYPE_NAMES) as [DocumentTypeCode, string][]).map(([code, name]) => [name.toLocaleUpperCase("vi"), code]),
);

export const isCapitals = (l: Line): boolean =>
  l.text === l.text.toLocaleUpperCase("vi") || l.p.runs.every((r) => r.text.trim() === "" || r.format?.caps === true);
const centred = (l: Line): boolean => (l.p.format?.align ?? l.p.align ?? l.p.style.align) === "center";

/** The rule drawn at or right under `lines[i]` in the same container (a shape in it, or an empty bordered paragraph after it). */
function ruleAt(lines: readonly Line[], i: number): DrawnRule | undefined {
  const same = (a: Line, b: Line): boolean => a.section === b.section && a.cell?.table === b.cell?.table && a.cell?.col === b.cell?.col;
  for (let j = i; j < lines.length && j <= i + 2; j++) {
    const l = lines[j]!;
    if (j > i && (!same(l, lines[i]!) || l.text !== "")) break;
    const length = ruleLengthMm(l);
    if (length !== undefined) return { line: l, lengthMm: length };
  }
  return undefined;
}

function splitAgency(agency: Line[]): { parent: Line[]; issuer: Line[] } {
  let first = agency.findIndex((l) => l.p.bold);
  if (first < 0) {
    // No bold line to tell them apart: the last name, with the lines it continues.
    first = agency.length - 1;
    while (first > 0 && (CONTINUES.test(agency[first]!.plain) || /[,-]$/u.test(agency[first - 1]!.plain))) first--;
  }
  return { parent: agency.slice(0, Math.max(first, 0)), issuer: agency.slice(Math.max(first, 0)) };
}

export function recognise(lines: readonly Line[]): Recognised {
  const first = lines.filter((l) => l.section === 0);
  const out: Recognised = { draft: false, parent: [], issuer: [], veViec: [], trichYeu: [], body: [], signatures: [], recipients: [] };
  let titleAt = first.findIndex((l, i) => i < 40 && l.cell === undefined && TYPES_BY_NAME.has(l.plain.toLocaleUpperCase("vi")));
  if (titleAt < 0) {
    // "KẾ HOẠCH Thông tin, tuyên truyền…": the tên loại and the trích yếu typed on one line.
    titleAt = first.findIndex((l, i) => i < 40 && l.cell === undefined && joinedTypeName(l.plain) !== undefined);
    if (titleAt >= 0) out.joinedTitle = true;
  }
  const kinhAt = first.findIndex((l) => KINH_GUI.test(l.plain));
  // The header block: everything before the tên loại (or Kính gửi, or the first long paragraph).
  let headerEnd = titleAt >= 0 ? titleAt : kinhAt >= 0 ? kinhAt : first.findIndex((l) => l.cell === undefined && l.text.length > 80);
  if (headerEnd < 0) headerEnd = Math.min(first.length, 12);
  const agency: Line[] = [];
  for (let i = 0; i < headerEnd; i++) {
    const l = first[i]!;
    if (l.text === "") continue;
    if (QUOC_HIEU.test(l.plain)) out.quocHieu ??= l;
    else if (TIEU_NGU.test(l.plain)) {
      out.tieuNgu ??= l;
      out.tieuNguRule = ruleAt(first, i);
    } else if (SO.test(l.plain)) out.so ??= l;
    else if (DATE.test(l.plain) && !out.date) out.date = l;
    else if (VE_VIEC.test(l.plain)) out.veViec.push(l);
    else if (out.veViec.length > 0 && l.cell && l.cell.col === out.veViec[0]!.cell?.col && !isCapitals(l)) out.veViec.push(l);
    else if (DRAFT.test(l.plain)) out.draft = true;
    else if (!out.so && isCapitals(l)) {
      agency.push(l);
      const rule = ruleAt(first, i);
      if (rule && !out.agencyRule) out.agencyRule = rule;
    }
  }
  Object.assign(out, splitAgency(agency));
  let bodyFrom = headerEnd;
  if (titleAt >= 0) {
    out.tenLoai = first[titleAt];
    out.type = TYPES_BY_NAME.get(first[titleAt]!.plain.toLocaleUpperCase("vi")) ?? joinedTypeName(first[titleAt]!.plain);
    let i = titleAt + 1;
    if (out.joinedTitle) out.trichYeu.push(first[titleAt]!);
    for (; i < first.length && out.trichYeu.length < 4 && !out.joinedTitle; i++) {
      const l = first[i]!;
      if (l.text === "" && out.trichYeu.length === 0 && i === titleAt + 1) continue;
      if (l.text === "" || KINH_GUI.test(l.plain) || l.text.startsWith("(") || isCapitals(l)) break;
      // A text converted as it is (every line flush left) still has its trích yếu on the line after the tên loại.
      if (!centred(l) && (out.trichYeu.length > 0 || l.text.length > 200 || /^(Căn cứ|Thực hiện|Theo)\b/u.test(l.plain))) break;
      out.trichYeu.push(l);
    }
    if (out.trichYeu.length > 0) {
      out.trichYeuRule = ruleAt(first, i - 1);
      if (out.trichYeuRule) i = first.indexOf(out.trichYeuRule.line) + 1;
    }
    bodyFrom = i;
  } else if (out.veViec.length > 0 || isCongVanCode(out.so?.text)) out.type = "CV";
  if (kinhAt >= 0 && kinhAt >= bodyFrom - 1) {
    out.kinhGui = first[kinhAt];
    bodyFrom = Math.max(bodyFrom, kinhAt + 1);
    // The addressees listed under "Kính gửi:" belong to it, not to the text.
    while (bodyFrom < first.length && isAddressee(first[bodyFrom]!)) bodyFrom++;
  }
  const signatureFrom = findSignature(first, out, bodyFrom);
  for (let i = bodyFrom; i < signatureFrom; i++) if (isBodyCandidate(first[i]!)) out.body.push(first[i]!);
  for (const l of lines) if (l.section > 0 && isBodyCandidate(l)) out.body.push(l);
  return out;
}

/** The type whose name in capitals opens a line followed by ordinary text ("KẾ HOẠCH Thông tin…"). */
function joinedTypeName(text: string): DocumentTypeCode | undefined {
  for (const [name, code] of TYPES_BY_NAME) {
    if (!text.startsWith(`${name} `)) continue;
    const rest = text.slice(name.length + 1);
    if (rest !== rest.toLocaleUpperCase("vi")) return code;
  }
  return undefined;
}

/** A công văn's code has no type abbreviation: "Số: 05/UBND-VX" (II.3). */
function isCongVanCode(so: string | undefined): boolean {
  const first = /\/\s*([^-/\s]+)-/u.exec(so ?? "")?.[1];
  return first !== undefined && !Object.hasOwn(TYPE_NAMES, first);
}

/** "- Sở Nội vụ;" under "Kính gửi:" when there are several addressees. */
const isAddressee = (l: Line): boolean => /^[-–+]\s/u.test(l.text) && /[;.]$/u.test(l.text) && l.text.length < 100;

/** A paragraph of text: not in a table, not empty, not a drawn rule. */
const isBodyCandidate = (l: Line): boolean => l.cell === undefined && l.text !== "" && ruleLengthMm(l) === undefined;

/** Fills Nơi nhận, its lines and the signatures; returns where the text ends (the first paragraph of the signature area). */
function findSignature(first: readonly Line[], out: Recognised, from: number): number {
  const at = first.findIndex((l, i) => i >= from && NOI_NHAN.test(l.plain));
  if (at < 0) return first.length;
  const noiNhan = first[at]!;
  out.noiNhan = noiNhan;
  for (let i = at + 1; i < first.length; i++) {
    const l = first[i]!;
    if (noiNhan.cell ? l.cell?.table !== noiNhan.cell.table || l.cell.col !== noiNhan.cell.col : l.cell !== undefined) break;
    if (l.text === "") {
      // In a table cell blank lines are spacing; in running text a blank line ends the list once it has begun.
      if (noiNhan.cell || out.recipients.length === 0) continue;
      break;
    }
    out.recipients.push(l);
  }
  if (noiNhan.cell) {
    // The signers stand in the other cells of the Nơi nhận's table (one per cell, side by side in a joint document).
    const cells = new Map<string, Line[]>();
    for (const l of first) {
      const own = l.cell?.row === noiNhan.cell.row && l.cell.col === noiNhan.cell.col;
      if (l.cell?.table !== noiNhan.cell.table || own || l.text === "") continue;
      const key = `${l.cell.row}:${l.cell.col}`;
      cells.set(key, [...(cells.get(key) ?? []), l]);
    }
    for (const cell of cells.values()) out.signatures.push(signatureOf(cell));
    const start = first.findIndex((l) => l.cell?.table === noiNhan.cell!.table);
    return start;
  }
  // No table: the capitals lines just before Nơi nhận, or the lines after its list, are the signer's.
  let start = at;
  while (start > from && isCapitals(first[start - 1]!) && first[start - 1]!.text !== "") start--;
  const listEnd = out.recipients.length > 0 ? first.indexOf(out.recipients.at(-1)!) + 1 : at + 1;
  const after = first.slice(listEnd).filter((l) => l.text !== "");
  const sig = [...first.slice(start, at).filter((l) => l.text !== ""), ...after];
  if (sig.length > 0) out.signatures.push(signatureOf(sig));
  return start;
}

function signatureOf(lines: Line[]): Signature {
  const authority = lines.filter((l) => isCapitals(l) && !/^\(/.test(l.text));
  const rest = lines.filter((l) => !authority.includes(l) && !/^\(.*\)$/.test(l.text));
  return { authority, name: rest.at(-1) };
}
