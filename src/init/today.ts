// "Today" for init: from SOURCE_DATE_EPOCH when set (reproducible builds and tests), else the
// clock the entry point passes in. Dates are Vietnamese civil dates (UTC+7, no daylight saving),
// so a plan scaffolded at 23:30 UTC on 31 December belongs to the new year.

import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";

export interface Today {
  /** "YYYY-MM-DD" */
  iso: string;
  year: number;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
/** The years a plan may have (schemas/plan.schema.json `year`). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export function todayFrom(env: Record<string, string | undefined>, clockMs: number): Result<Today> {
  const raw = env.SOURCE_DATE_EPOCH;
  let ms = clockMs;
  if (raw !== undefined && raw !== "") {
    const seconds = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    // A plan is dated in the years cai-cach plans for (the schema's 2000–2100): a number of
    // milliseconds given as seconds (300000000000 is year 11476) or beyond what Date can hold
    // (9999999999999 throws) is refused, never turned into a date.
    const year = Number.isFinite(seconds) ? new Date(seconds * 1000 + VIETNAM_OFFSET_MS).getUTCFullYear() : Number.NaN;
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
      const d: Diagnostic = {
        code: "init/bad-source-date-epoch",
        severity: "error",
        message: Number.isFinite(seconds)
          ? `Biến môi trường SOURCE_DATE_EPOCH="${raw}" cho một ngày ngoài các năm ${MIN_YEAR}–${MAX_YEAR} (có thể là số mili giây thay vì số giây).`
          : `Biến môi trường SOURCE_DATE_EPOCH="${raw}" không phải là số giây.`,
        hint: "Đặt SOURCE_DATE_EPOCH là số giây kể từ 01/01/1970 (ví dụ 1767225600), hoặc bỏ biến này.",
      };
      return { diagnostics: [d] };
    }
    ms = seconds * 1000;
  }
  const iso = new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  return { value: { iso, year: Number(iso.slice(0, 4)) }, diagnostics: [] };
}
