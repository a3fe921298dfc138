// Finds documents cited inside the plan's prose: "Nghị quyết số 76/NQ-CP ngày 15/7/2021",
// "Nghị định số 113/2018/NĐ-CP ngày 31/8/2018", "Số: 05/KH-UBND" — with their offsets, so the
// rule can point at the exact words.

export interface Citation {
  kind: string;
  /** The number-and-code as typed ("76/NQ-CP"). */
  number: string;
  numberOffset: number;
  /** Day, month, year as typed, when a date follows ("ngày 15/7/2021"). */
  date?: { day: number; month: number; year: number; text: string; offset: number };
}

/** The abbreviation each kind's code starts with (Phụ lục III, I; NĐ and TT by practice). */
export const KIND_ABBREVIATIONS: Record<string, string | undefined> = {
  "Nghị quyết": "NQ",
  "Nghị định": "NĐ",
  "Quyết định": "QĐ",
  "Kế hoạch": "KH",
  "Thông tư liên tịch": "TTLT",
  "Thông tư": "TT",
  "Chỉ thị": "CT",
  "Chương trình": "CTr",
  "Báo cáo": "BC",
  "Hướng dẫn": "HD",
  "Thông báo": "TB",
  "Tờ trình": "TTr",
  Luật: undefined,
  "Pháp lệnh": undefined,
  "Công văn": undefined,
  Số: undefined,
};

/** Kinds whose number carries the year of issue (…/2020/NĐ-CP, 80/2015/QH13). */
export const NEEDS_YEAR = new Set(["Nghị định", "Thông tư", "Thông tư liên tịch", "Luật"]);

const KINDS = Object.keys(KIND_ABBREVIATIONS)
  .filter((k) => k !== "Số")
  .join("|");
const CITATION = new RegExp(`(?:(${KINDS})\\s+số|\\b(Số):)\\s*([^\\s,;]+)`, "gu");
const SHORT_DATE = /^\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u;
const LONG_DATE = /^\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(CITATION)) {
    const kind = m[1] ?? m[2]!;
    const number = m[3]!.replace(/[.):]+$/, "");
    const numberOffset = m.index! + m[0].length - m[3]!.length;
    const citation: Citation = { kind, number, numberOffset };
    const after = text.slice(numberOffset + m[3]!.length);
    const d = SHORT_DATE.exec(after) ?? LONG_DATE.exec(after);
    if (d) {
      const lead = d[0].indexOf("ngày") + "ngày ".length;
      citation.date = {
        day: Number(d[1]),
        month: Number(d[2]),
        year: Number(d[3]),
        text: d[0].slice(lead).trim(),
        offset: numberOffset + m[3]!.length + lead,
      };
    }
    out.push(citation);
  }
  return out;
}
