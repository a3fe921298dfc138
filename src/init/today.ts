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

export function todayFrom(env: Record<string, string | undefined>, clockMs: number): Result<Today> {
  const raw = env.SOURCE_DATE_EPOCH;
  let ms = clockMs;
  if (raw !== undefined && raw !== "") {
    if (!/^\d+$/.test(raw.trim())) {
      const d: Diagnostic = {
        code: "init/bad-source-date-epoch",
        severity: "error",
        message: `Biến môi trường SOURCE_DATE_EPOCH="${raw}" không phải là số giây.`,
        hint: "Đặt SOURCE_DATE_EPOCH là số giây kể từ 01/01/1970 (ví dụ 1767225600), hoặc bỏ biến này.",
      };
      return { diagnostics: [d] };
    }
    ms = Number(raw.trim()) * 1000;
  }
  const iso = new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  return { value: { iso, year: Number(iso.slice(0, 4)) }, diagnostics: [] };
}
