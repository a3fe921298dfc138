// Last year's plan moved forward to a new year, for `cai-cach init --from plans/plan-2022.yaml`:
// the YAML is edited in place (comments and layout kept) rather than re-serialised.
// Moved: the plan's year; every date (issue date, deadlines) by the same number of years;
// the year in ids, the trích yếu and the closing; "năm 2022" in the body's own sentences.
// Left alone, and named for the clerk to review: the opening's căn cứ and any sentence citing a
// document ("Kế hoạch số 16341/KH-UBND ngày 28/12/2021…"), whose years are facts, not the plan's.

import { isPair, isScalar, parseDocument, visit, type Scalar } from "yaml";

export interface ShiftResult {
  text: string;
  /** What the clerk must still review, in Vietnamese. */
  notes: string[];
}

const CITATION = /\bsố\s*\d+[\w.]*\/|\d{1,2}\/\d{1,2}\/\d{4}/iu;
const ID_KEYS = new Set(["id", "unit", "units"]);
const DATE_KEYS = new Set(["date", "deadline"]);
const WHOLE_YEAR_KEYS = new Set(["title", "closing"]);
const SENTENCE_KEYS = new Set(["text", "items", "subtitle", "title"]);

export function shiftDate(iso: string, years: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const year = Number(m[1]) + years;
  let day = Number(m[3]);
  // 29 February moves to 28 February in a common year.
  if (m[2] === "02" && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) day = 28;
  return `${year}-${m[2]}-${String(day).padStart(2, "0")}`;
}

export function shiftPlanYear(text: string, from: number, to: number, sourceName: string, command = "cai-cach init --from"): ShiftResult {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const years = to - from;
  const fromRe = new RegExp(`\\b${from}\\b`, "g");
  const namRe = new RegExp(`năm ${from}\\b`, "g");
  const citations: string[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === "key" || (typeof node.value !== "string" && typeof node.value !== "number")) return;
      const keys = path.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : ""));
      const last = keys[keys.length - 1] ?? "";
      const s = node as Scalar<string | number>;
      if (keys.length === 1 && last === "year" && s.value === from) s.value = to;
      else if (typeof s.value !== "string") return;
      else if (keys[0] === "opening") {
        if (fromRe.test(s.value) || s.value.includes(String(from - 1))) citations.push(s.value);
        fromRe.lastIndex = 0;
      } else if (DATE_KEYS.has(last)) s.value = shiftDate(s.value, years);
      else if (ID_KEYS.has(last)) s.value = s.value.replace(fromRe, String(to));
      else if (keys.length === 1 && WHOLE_YEAR_KEYS.has(last)) s.value = s.value.replace(fromRe, String(to));
      else if (SENTENCE_KEYS.has(last) && namRe.test(s.value)) {
        namRe.lastIndex = 0;
        if (CITATION.test(s.value)) citations.push(s.value);
        else s.value = s.value.replace(namRe, `năm ${to}`);
      }
      namRe.lastIndex = 0;
    },
  });
  const schemaLine = (doc.commentBefore ?? "").split("\n").find((l) => l.includes("yaml-language-server"));
  doc.commentBefore = [
    ...(schemaLine ? [schemaLine, ""] : []),
    ` Kế hoạch năm ${to}, tạo từ ${sourceName} (năm ${from}) bằng ${command}.`,
    ` Đã chuyển sang năm ${to}: năm kế hoạch, các ngày tháng, trích yếu, câu kết, mã (id) và các chỗ ghi "năm ${from}".`,
    " Cần xem lại: số văn bản, ngày ban hành, phần căn cứ và các câu trích dẫn văn bản (giữ nguyên).",
  ].join("\n");
  const notes = [
    `Số văn bản và ngày ban hành: lấy số mới trong sổ đăng ký văn bản năm ${to}.`,
    ...(citations.length
      ? [
          `${citations.length} đoạn trích dẫn văn bản được giữ nguyên, cần xem lại: ${citations.map((c) => `"${c.slice(0, 60)}${c.length > 60 ? "…" : ""}"`).join("; ")}.`,
        ]
      : []),
  ];
  return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), notes };
}
