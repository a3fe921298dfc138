// The values of the parts every document type shares: the header (ô 1–4), the signature row
// (ô 7, 9b, 12) and the decree's date. Composers of any type (KH, BC, …) build these and hand
// them to the `header` and `signature` partials.

import type { Agency, Signer } from "../model/plan.js";
import type { Shape } from "../templates/context-shape.js";
import { formatDecreeDate, parseIsoDate } from "../util/vn-date.js";
import { tables } from "../layout/nd30.js";
import { mmToPt } from "../layout/units.js";
import { balanceLines } from "./balance-lines.js";
import { documentNumber, paddedNumber } from "../model/document-number.js";

/** "ngày 27 tháng 01 năm 2022" (Phụ lục I, II.4); the ISO text unchanged when malformed. */
export function decreeDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatDecreeDate(d) : iso;
}

const upper = (s: string): string => s.toLocaleUpperCase("vi");

export interface HeaderContext {
  /** Parent agency IN HOA, in lines that fit the header's left column; empty when none (ô 2). */
  parent: string[];
  /** Issuing agency IN HOA, in lines that fit the column (ô 2). */
  agency: string[];
  /** "175/KH-SVHTTDL" (ô 3; the template writes "Số: "). */
  code: string;
  /** "Đồng Nai" (ô 4). */
  place: string;
  /** "ngày 27 tháng 01 năm 2022" (ô 4). */
  date: string;
}

export const headerShape: Shape<HeaderContext> = { parent: { each: true }, agency: { each: true }, code: true, place: true, date: true };

export function headerContext(doc: {
  issuer: Agency & { parent?: Agency };
  number?: number;
  code: string;
  place: string;
  date: string;
}): HeaderContext {
  const column = mmToPt(tables.header[0] - 2 * tables.cellPaddingMm);
  return {
    parent: doc.issuer.parent ? balanceLines(upper(doc.issuer.parent.name), "CoQuanChuQuan", column) : [],
    agency: balanceLines(upper(doc.issuer.name), "CoQuanBanHanh", column),
    code: documentNumber(doc.number, doc.code),
    place: doc.place,
    date: decreeDate(doc.date),
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
}

export const signatureShape: Shape<SignatureContext> = {
  recipients: { each: true },
  filing: true,
  drafter: true,
  authority: { each: true },
  name: true,
};

const stripEnd = (s: string): string =>
  s
    .trim()
    .replace(/[;.,:]+$/, "")
    .trim();

export function signatureContext(doc: {
  recipients: string[];
  filing: { units: string[]; drafter?: string; copies?: number };
  signer: Signer;
}): SignatureContext {
  const s = doc.signer;
  const authority = s.prefix ? [`${s.prefix} ${upper(s.authority ?? s.title)}`, upper(s.title)] : [upper(s.title)];
  // ô 12: the drafter's code IN HOA, copies in Arabic numerals in brackets right after it.
  const drafter =
    s && doc.filing.drafter ? `${upper(doc.filing.drafter)}${doc.filing.copies ? `(${paddedNumber(doc.filing.copies)})` : ""}` : null;
  return {
    recipients: doc.recipients.map(stripEnd),
    filing: doc.filing.units.join(", "),
    drafter,
    authority: s.prefix && s.authority && upper(s.authority) === upper(s.title) ? [upper(s.title)] : authority,
    name: s.name,
  };
}
