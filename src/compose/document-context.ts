// The values of the parts every document type shares: the header (ô 1–4), the signature row
// (ô 7, 9b, 12) and the decree's date. Composers of any type (KH, BC, …) build these and hand
// them to the `header` and `signature` partials.

import type { Agency, Signer } from "../model/plan.js";
import type { Shape } from "../templates/context-shape.js";
import { formatDecreeDate, parseIsoDate } from "../util/vn-date.js";
import { tables } from "../layout/nd30.js";
import { mmToPt } from "../layout/units.js";
import { balanceLines } from "./balance-lines.js";
import { lineWidths } from "../layout/paragraph-lines.js";
import { documentNumber, paddedNumber } from "../model/document-number.js";

/** "ngày 27 tháng 01 năm 2022" (Phụ lục I, II.4); the ISO text unchanged when malformed. */
export function decreeDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatDecreeDate(d) : iso;
}

const upper = (s: string): string => s.toLocaleUpperCase("vi");

export interface HeaderContext {
  /** A draft's marker: null when the document is not a draft; its version (2 → "lần 2") or null. */
  draft: { version: number | null } | null;
  /** Parent agency IN HOA, in lines that fit the header's left column; empty when none (ô 2). */
  parent: string[];
  /** Issuing agency IN HOA, in lines that fit the column (ô 2). */
  agency: string[];
  /** "175/KH-SVHTTDL" (ô 3; the template writes "Số: "). */
  code: string;
  /** "Đồng Nai" (ô 4). */
  place: string;
  /** "ngày 27 tháng 01 năm 2022" (ô 4); a draft's day may be left blank. */
  date: string;
  /** A công văn's trích yếu, under the Số line (ô 5b; the template writes "V/v "), else null. */
  subject: string | null;
  /** Markup options of the header table: "" (the spec's columns), or "widths=58,107" when the
   * place-date line needs a wider right column to stay on one line. */
  widths: string;
}

export const headerShape: Shape<HeaderContext> = {
  draft: { version: true },
  parent: { each: true },
  agency: { each: true },
  code: true,
  place: true,
  date: true,
  subject: true,
  widths: true,
};

/**
 * The header's columns in mm (ô 1–4, docs/nd30.md §5): the spec's, unless the place-date line
 * does not fit the right one; then the right column grows, by whole millimetres, until it fits
 * or the left column reaches its minimum.
 */
function headerColumns(placeDate: string): [number, number] {
  const [left, right] = tables.header;
  const fits = (rightMm: number): boolean => lineWidths(placeDate, "DiaDanhNgay", mmToPt(rightMm - 2 * tables.cellPaddingMm)).length === 1;
  for (let grow = 0; left - grow >= tables.headerLeftMinMm; grow++) if (fits(right + grow)) return [left - grow, right + grow];
  return [tables.headerLeftMinMm, left + right - tables.headerLeftMinMm];
}

/** Room left for the day of a draft, filled in when the document is signed (ô 4). */
const BLANK_DAY = "     ";

/**
 * Lines of an agency name in its column (ô 2): the lines the clerk typed (a line break in the
 * YAML is kept), each balanced between phrases when it is still too long for the column.
 */
function agencyLines(name: string, style: "CoQuanChuQuan" | "CoQuanBanHanh", column: number): string[] {
  return upper(name)
    .split(/\s*\n\s*/)
    .filter((line) => line !== "")
    .flatMap((line) => balanceLines(line, style, column));
}

export function headerContext(doc: {
  type?: string;
  issuer: Agency & { parent?: Agency };
  number?: number;
  code: string;
  place: string;
  date: string;
  title?: string;
  draft?: { version?: number; blankDay?: boolean };
}): HeaderContext {
  const shown = decreeDate(doc.date);
  const date = doc.draft?.blankDay ? shown.replace(/^ngày \d+/, `ngày ${BLANK_DAY}`) : shown;
  const columns = headerColumns(`${doc.place}, ${date}`);
  const column = mmToPt(columns[0] - 2 * tables.cellPaddingMm);
  return {
    draft: doc.draft ? { version: doc.draft.version ?? null } : null,
    parent: doc.issuer.parent ? agencyLines(doc.issuer.parent.name, "CoQuanChuQuan", column) : [],
    agency: agencyLines(doc.issuer.name, "CoQuanBanHanh", column),
    code: documentNumber(doc.number, doc.code),
    place: doc.place,
    date,
    subject: doc.type === "CV" && doc.title ? doc.title : null,
    widths: columns[0] === tables.header[0] ? "" : `widths=${columns.join(",")}`,
  };
}

export interface SignatureContext {
  /** Recipients without their closing punctuation; the template writes "- X;" (ô 9b). */
  recipients: string[];
  /** Units that keep a copy, "VT, TCHC"; the template writes "- Lưu: VT, TCHC." (ô 9b). */
  filing: string;
  /** Drafter code and copies "P.O(05)" in IN HOA, or null (ô 12). */
  drafter: string | null;
  /** Authority lines IN HOA: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] or ["GIÁM ĐỐC"] (ô 7a). */
  authority: string[];
  /** Signer's name (ô 7b). */
  name: string;
  /** A joint document: every signer left to right, the lead signer last (on the right); else empty. */
  signers: SignerContext[];
}

export interface SignerContext {
  authority: string[];
  name: string;
}

const signerShape: Shape<SignerContext> = { authority: { each: true }, name: true };

export const signatureShape: Shape<SignatureContext> = {
  recipients: { each: true },
  filing: true,
  drafter: true,
  authority: { each: true },
  name: true,
  signers: { each: signerShape },
};

/** IN HOA, and a line break the clerk typed in a title kept as a line of its own. */
const titleLines = (text: string): string[] =>
  upper(text)
    .split(/\s*\n\s*/)
    .filter((line) => line !== "");

/**
 * The authority lines of one signer (ô 7a): "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; on behalf of a
 * collective whose head is signed for by a deputy, three lines: "TM. ỦY BAN NHÂN DÂN" /
 * "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; the head signing in person: one line.
 */
export function signerLines(s: Signer): SignerContext {
  const title = titleLines(s.title);
  // A prefix whose authority is the signer's own title ("KT. GIÁM ĐỐC" signed by the Giám đốc)
  // is the head signing in person: the title alone.
  const inPerson = !s.prefix || (!s.deputyFor && s.authority !== undefined && upper(s.authority) === upper(s.title));
  if (inPerson) return { authority: title, name: s.name };
  const lines: string[][] = [];
  const signedFor = titleLines(s.authority ?? s.title);
  lines.push([`${s.prefix} ${signedFor[0]}`, ...signedFor.slice(1)]);
  if (s.deputyFor) {
    const head = titleLines(s.deputyFor);
    lines.push([`KT. ${head[0]}`, ...head.slice(1)]);
  }
  lines.push(title);
  return { authority: lines.flat(), name: s.name };
}

const stripEnd = (s: string): string =>
  s
    .trim()
    .replace(/[;.,:]+$/, "")
    .trim();

/** Side by side, the names stand level: shorter authority blocks get empty lines at the bottom. */
function levelNames(signers: SignerContext[]): SignerContext[] {
  const lines = Math.max(...signers.map((s) => s.authority.length));
  return signers.map((s) => ({ ...s, authority: [...s.authority, ...Array<string>(lines - s.authority.length).fill("")] }));
}

export function signatureContext(doc: {
  recipients: string[];
  filing: { units: string[]; drafter?: string; copies?: number };
  signer: Signer;
  cosigners?: Signer[];
}): SignatureContext {
  const s = doc.signer;
  const own = signerLines(s);
  // ô 12: the drafter's code IN HOA, copies in Arabic numerals in brackets right after it.
  const drafter =
    s && doc.filing.drafter ? `${upper(doc.filing.drafter)}${doc.filing.copies ? `(${paddedNumber(doc.filing.copies)})` : ""}` : null;
  return {
    recipients: doc.recipients.map(stripEnd),
    filing: doc.filing.units.join(", "),
    drafter,
    authority: own.authority,
    name: s.name,
    // Joint documents: the lead agency's signer on the right, the others to its left.
    signers: doc.cosigners?.length ? levelNames([...doc.cosigners.map(signerLines), own]) : [],
  };
}
