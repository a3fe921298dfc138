// Dates as the decree writes them (Phụ lục I, II.4): days 1–9 and months 1–2 get a leading zero,
// other months do not — "ngày 05 tháng 02 năm 2025", "ngày 15 tháng 3 năm 2025".

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Parses "YYYY-MM-DD"; undefined when malformed or not a real date (30/02). */
export function parseIsoDate(text: string): YMD | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** "2022-01-05", "05/01/2022" or "5/1/2022" (as clerks type them) → ISO; undefined when
 * malformed or not a real date. */
export function parseVnDate(text: string): string | undefined {
  const t = text.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, "0")}-${vn[1]!.padStart(2, "0")}` : t;
  return parseIsoDate(iso) ? iso : undefined;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "ngày 27 tháng 01 năm 2022" */
export function formatDecreeDate(d: YMD): string {
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return `ngày ${pad2(d.day)} tháng ${month} năm ${d.year}`;
}

/** "27/01/2022", "14/3/2022" — the short form used inside sentences and tables, padded by the
 * same rule as the long form (as the seed cites "ngày 03/6/2020", "ngày 26/01/2022"). */
export function formatShortDate(d: YMD): string {
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return `${pad2(d.day)}/${month}/${d.year}`;
}

export function toIso(d: YMD): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}
