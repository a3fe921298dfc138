// Which reporting year a date belongs to. Under Nghị định 09/2019/NĐ-CP, Điều 12, the annual
// data window runs 15/12 of the previous year → 14/12, so work done on 20/12/2021 counts in
// the 2022 reports; under calendar periods the year is the calendar year.

export type WindowRule = "nd09" | "calendar";

export function reportingYear(iso: string, rule: WindowRule): number {
  const year = Number(iso.slice(0, 4));
  if (rule === "calendar") return year;
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return month === 12 && day >= 15 ? year + 1 : year;
}

/**
 * Dates a log for plan year Y may hold: from the start of Y's reporting window (15/12/Y-1
 * under NĐ 09, 1/1/Y otherwise) to 31/12/Y (December work after the cut-off is still work of
 * that year's plan; it is reported in the next window).
 */
export function acceptsDate(year: number, iso: string, rule: WindowRule): boolean {
  const first = rule === "nd09" ? `${year - 1}-12-15` : `${year}-01-01`;
  return iso >= first && iso <= `${year}-12-31`;
}
