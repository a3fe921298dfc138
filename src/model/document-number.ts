// How a document's number is written, in one place for every output (the document itself, the
// report's data files, the diff for reviewers): Nghị định 30/2020/NĐ-CP, Phụ lục I, II.3 —
// numbers below 10 take a leading zero, then "/" and the document's code ("05/KH-UBND").

/** "05" from 5, "175" from 175: the number as the decree writes it (also copies, ô 12: "(05)"). */
export function paddedNumber(n: number): string {
  return String(n).padStart(2, "0");
}

/** Room left for the number of a draft, filled in by the văn thư when it is registered. */
export const BLANK_NUMBER = "      ";

/** "05/KH-UBND": the number and code of a document (ô 3 writes "Số: " before it); a draft's
 * number not yet given is left blank, "      /KH-UBND". */
export function documentNumber(number: number | undefined, code: string): string {
  return `${number === undefined ? BLANK_NUMBER : paddedNumber(number)}/${code}`;
}
