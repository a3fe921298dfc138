// The document read by one of the readers → a plan, with every place it was unsure of marked for
// review and every part it could not map reported (docs/architecture.md §1: an input stage).
// Order of a decree document (Phụ lục III): header, tên loại and trích yếu, (a decision's
// authority, căn cứ and articles | the opening and body), closing, signature row, then parts on
// their own pages (appendices, the plan a Quyết định issues).
import type { Appendix, Decision, Plan, Signer } from "../../model/plan.js";
import type { Line, ReadSource } from "../entries.js";
import { readBody } from "./body.js";
import { Cursor } from "./cursor.js";
import { looksLikeDecision, readDecision } from "./decision.js";
import { Findings } from "./findings.js";
import { type Header, readHeader, typeNameOf } from "./header.js";
import { isAppendixStart, readAppendix, untilBreak } from "./parts.js";
import { problemAt } from "./problems.js";
import { readSignature } from "./signature.js";
import { citedFootnotes } from "./footnotes.js";
import { issuerOf } from "./issuer.js";
import { readTaskAppendix } from "./task-appendix.js";

export interface Recognised {
  plan: Plan;
  findings: Findings;
}

function unmapped(cur: Cursor, findings: Findings): void {
  for (const e of untilBreak(cur)) {
    const what = e.kind === "table" ? "Bảng" : `Đoạn "${(e as Line).text.slice(0, 50)}"`;
    findings.problem(
      problemAt("import/unmapped", e.at, `${what} không thuộc phần nào của văn bản mà cai-cach nhận ra nên không được đưa vào kế hoạch.`),
    );
  }
}

/** "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày … của Chủ tịch …)" → who issues it. */
const issuedByOf = (text: string): string | undefined => /\bcủa\s+(.+?)\)?$/u.exec(text)?.[1];

export function recognise(src: ReadSource): Recognised {
  const findings = new Findings();
  for (const s of src.skipped) findings.problem(problemAt("import/unmapped", s.at, `${s.what} không đọc được vào kế hoạch.`));
  const cur = new Cursor(src.entries);
  const header = readHeader(cur);
  let decision: Omit<Decision, "attachment"> | undefined;
  let main = { body: [] } as ReturnType<typeof readBody>;
  if (header.type === "QĐ" && looksLikeDecision(cur)) decision = readDecision(cur, findings);
  else main = readBody(cur, findings);
  const signature = readSignature(cur, findings);
  unmapped(cur, findings);
  const appendices: Appendix[] = [];
  let attachment: Decision["attachment"] | undefined;
  while (cur.peek()?.kind === "break") {
    cur.next();
    const first = cur.line();
    if (isAppendixStart(first)) appendices.push(readAppendix(cur, findings));
    else if (decision && !attachment && first && typeNameOf(first.text)) {
      const named = typeNameOf((cur.next() as Line).text)!;
      const title = cur.line() && !/^\(/.test(cur.line()!.text) ? (cur.next() as Line).text : "";
      attachment = { ...(named.type !== "KH" ? { type: named.type as Decision["attachment"]["type"] } : {}), title };
      const kem = cur.line();
      if (kem && /^\(Ban hành kèm theo\b/u.test(kem.text)) {
        cur.next();
        const by = issuedByOf(kem.text);
        if (by) decision.issuedBy = by;
      }
      main = readBody(cur, findings);
    }
    unmapped(cur, findings);
  }
  const plan = assemble(header, main, signature, findings);
  if (decision) {
    plan.decision = { ...decision, attachment: attachment ?? { title: plan.title } };
    if (!attachment)
      findings.problem(
        problemAt(
          "import/missing-part",
          undefined,
          "Không thấy văn bản ban hành kèm theo Quyết định (tên loại và trích yếu trên trang riêng).",
        ),
      );
  }
  // The generated task appendix comes last; it becomes the tracked items it was made from.
  const last = appendices.at(-1);
  if (last && readTaskAppendix(plan, last)) appendices.pop();
  if (appendices.length) plan.appendices = appendices;
  const footnotes = citedFootnotes(plan, src.footnotes);
  if (footnotes.length) plan.footnotes = footnotes;
  return { plan, findings };
}

function assemble(h: Header, main: ReturnType<typeof readBody>, sig: ReturnType<typeof readSignature>, findings: Findings): Plan {
  const missing = (what: string): void => findings.problem(problemAt("import/missing-part", h.at?.at, `Không thấy ${what} trong văn bản.`));
  const type = h.type ?? "KH";
  if (!h.type) missing("số, ký hiệu hay tên loại văn bản (loại văn bản được đặt là Kế hoạch)");
  const code = h.code ?? `${type}-CQ`;
  if (!h.code) missing('dòng "Số: …/…"');
  const date = h.date ?? `${new Date(0).getUTCFullYear()}-01-01`;
  if (!h.date) missing("địa danh và ngày tháng năm ban hành");
  const title = h.title ?? "Trích yếu";
  if (h.title === undefined) missing("trích yếu");
  const years = [...title.matchAll(/năm\s+(\d{4})/gu)].map((m) => Number(m[1]));
  const year = years.at(-1) ?? Number(date.slice(0, 4));
  const issuer = issuerOf(h, code, type, main, findings);
  const signer: Signer = sig.signers.at(-1) ?? { title: "CHỨC VỤ", name: "Họ và tên" };
  if (!sig.signers.length) missing("người ký (chức vụ và họ tên)");
  if (!sig.recipientsFound) missing('"Nơi nhận:"');
  const plan: Plan = {
    type,
    ...(h.number !== undefined ? { number: h.number } : {}),
    code,
    issuer,
    place: h.place ?? "Địa danh",
    date,
    year,
    title,
    ...(main.addressees ? { addressees: main.addressees } : {}),
    ...(main.opening ? { opening: main.opening } : {}),
    body: main.body,
    ...(main.closing ? { closing: main.closing } : {}),
    recipients: sig.recipients,
    filing: { ...sig.filing, units: sig.filing.units.length ? sig.filing.units : ["VT"] },
    signer,
  };
  if (sig.signers.length > 1) plan.cosigners = sig.signers.slice(0, -1);
  if (h.draft) plan.draft = h.draft;
  if (main.numbering) plan.numbering = main.numbering;
  if (!years.length) findings.review(plan, "year", "năm kế hoạch lấy theo năm ban hành (trích yếu không ghi năm)");
  if (!h.date) findings.review(plan, "date", "bản gốc không có ngày ban hành: điền vào");
  if (h.draft?.blankDay) findings.review(plan, "date", "dự thảo để trống ngày: ngày ở đây chỉ để giữ chỗ");
  if (!sig.filing.units.length) findings.review(plan, "filing", 'bản gốc không có dòng "Lưu:"');
  if (!sig.signers.length) findings.review(plan, "signer", "bản gốc không có người ký: điền chức vụ và họ tên");
  const transferred = findings.reviewsOf(main);
  for (const [key, notes] of transferred ?? []) for (const n of notes) findings.review(plan, key, n);
  if (!main.body.length) {
    plan.body = [{ title: "NỘI DUNG", text: "Nội dung kế hoạch." }];
    missing("mục nào của nội dung (I., 1., a) …)");
    findings.review(plan, "body", "bản gốc không có mục nào được nhận ra: nội dung ở đây chỉ để giữ chỗ");
  }
  if (!plan.recipients.length) {
    plan.recipients = ["Như trên"];
    findings.review(plan, "recipients", "bản gốc không có nơi nhận nào ngoài dòng Lưu");
  }
  return plan;
}
