// Documents cited in the text must be citable: a well-formed number and code (NĐ 30/2020,
// Phụ lục I, II.3), the year in the number of a nghị định / thông tư / luật, numbers below 10
// zero-padded, and a real date not after this plan's own date. A short form the document defines
// ("(sau đây viết tắt là Quyết định số 1043)") is a name, not a citation: it and its later uses
// are left alone. Codes may contain "&" (BCĐ&CCHC).
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isRealDate, toIso } from "../../util/vn-date.js";
import { diag, type Rule } from "../rule.js";
import { isProse, strings } from "../walk.js";
import { findCitations, KIND_ABBREVIATIONS, NEEDS_YEAR, type Citation } from "./cited-parse.js";

const NUMBER = /^(\d+)(?:\/(\d{4}))?\/([A-Za-zĐđ0-9&]+(?:-[A-Za-zĐđ0-9&]+)*)$/u;
/** "(sau đây viết tắt là Quyết định số 1043)", "(sau đây gọi tắt là …)": the short form defined. */
const SHORT_FORM = /\((?:sau đây )?(?:viết|gọi) tắt là ([^)]+)\)/giu;

/** The short forms the plan defines anywhere in its text, as written ("Quyết định số 1043"). */
export function definedShortForms(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(SHORT_FORM)) out.add(m[1]!.trim().replace(/[.,;:]+$/u, ""));
  return out;
}
const pad = (n: number): string => String(n).padStart(2, "0");

export const citedDocuments: Rule = (plan) => {
  const out: Diagnostic[] = [];
  const prose = strings(plan).filter(({ pointer }) => isProse(pointer));
  const shortForms = definedShortForms(prose.map((p) => p.text));
  for (const { text, pointer } of prose) {
    for (const c of findCitations(text)) {
      if (shortForms.has(`${c.kind} số ${c.number}`)) continue;
      out.push(...checkCitation(c, pointer, plan.date));
    }
  }
  return out;
};

/** One citation judged against the citing document's date (ISO); also used by `audit` on a DOCX's text. */
export function checkCitation(c: Citation, pointer: string, planDate: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = { within: { offset: c.numberOffset, length: c.number.length } };
  const name = c.kind === "Số" ? "văn bản" : c.kind;
  const m = NUMBER.exec(c.number);
  const [num, year, code] = m ? [Number(m[1]), m[2], m[3]!] : [0, undefined, ""];
  const expected = KIND_ABBREVIATIONS[c.kind];
  const first = code.split("-")[0];
  if (!m || num === 0 || (c.kind !== "Luật" && !code.includes("-"))) {
    out.push(
      diag(
        "rule/cited-number-malformed",
        pointer,
        `Số, ký hiệu "${c.number}" của ${name} được trích dẫn sai dạng.`,
        `Dạng đúng: <số>/<tên loại>-<cơ quan> (76/NQ-CP), hoặc có năm: <số>/<năm>/<tên loại>-<cơ quan> (113/2018/NĐ-CP); không dấu cách.`,
        at,
      ),
    );
    return out;
  }
  if (expected && first !== expected) {
    out.push(
      diag(
        "rule/cited-number-malformed",
        pointer,
        `${name} có ký hiệu bắt đầu bằng "${expected}", không phải "${first}" ("${c.number}").`,
        "Kiểm tra lại tên loại văn bản hoặc ký hiệu được trích dẫn.",
        at,
      ),
    );
  }
  if (NEEDS_YEAR.has(c.kind) && !year) {
    const fix = c.date ? `${m[1]}/${c.date.year}/${code}` : undefined;
    out.push(
      diag(
        "rule/cited-year-missing",
        pointer,
        `Số hiệu ${name} "${c.number}" thiếu năm ban hành.`,
        fix ? `Có phải ý bạn là "${fix}"?` : `Viết dạng <số>/<năm>/${code}, ví dụ 115/2020/NĐ-CP.`,
        { ...at, suggestions: fix ? [fix] : [] },
      ),
    );
  }
  if (num < 10 && m[1]!.length < 2) {
    const fix = `${pad(num)}${c.number.slice(m[1]!.length)}`;
    out.push(
      diag("rule/number-padding", pointer, `Số văn bản nhỏ hơn 10 phải có số 0 đằng trước: "${fix}".`, `Viết "${fix}".`, {
        ...at,
        suggestions: [fix],
      }),
    );
  }
  if (c.date) {
    const d = c.date;
    const dateAt = { within: { offset: d.offset, length: d.text.length } };
    if (!isRealDate(d.year, d.month, d.day)) {
      out.push(
        diag(
          "rule/cited-date-invalid",
          pointer,
          `Ngày ${d.text} của ${name} số ${c.number} không có thật.`,
          "Kiểm tra lại ngày, tháng của văn bản được trích dẫn.",
          dateAt,
        ),
      );
    } else if (year && Number(year) !== d.year) {
      out.push(
        diag(
          "rule/cited-date-invalid",
          pointer,
          `${name} số ${c.number} mang năm ${year} nhưng ngày ban hành là ${d.text}.`,
          "Năm trong số hiệu và năm của ngày ban hành phải trùng nhau.",
          dateAt,
        ),
      );
    } else if (toIso(d) > planDate) {
      out.push(
        diag(
          "rule/cited-date-after",
          pointer,
          `${name} số ${c.number} ngày ${d.text} ban hành sau kế hoạch này (${planDate}).`,
          "Một văn bản chỉ căn cứ vào văn bản đã ban hành trước nó; kiểm tra lại ngày.",
          dateAt,
        ),
      );
    }
  }
  return out;
}
