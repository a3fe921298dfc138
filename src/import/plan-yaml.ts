// The imported plan as YAML text, written by the yaml library's Document API so that each place
// the recogniser was unsure of carries a real "# kiểm tra: …" comment above its key (a clerk
// searches for "kiểm tra" and reviews each). Keys in the order clerks read a plan.
import { Document, isMap, isScalar, isSeq, type Node } from "yaml";
import type { Plan } from "../model/plan.js";
import type { Findings } from "./recognise/findings.js";

const ORDER = [
  "type",
  "number",
  "code",
  "issuer",
  "place",
  "date",
  "year",
  "title",
  "draft",
  "numbering",
  "decision",
  "addressees",
  "opening",
  "units",
  "body",
  "closing",
  "appendices",
  "footnotes",
  "recipients",
  "filing",
  "signer",
  "cosigners",
  "taskAppendix",
];

function ordered(plan: Plan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const src = plan as unknown as Record<string, unknown>;
  for (const k of ORDER) if (src[k] !== undefined) out[k] = src[k];
  for (const k of Object.keys(src)) if (!(k in out) && src[k] !== undefined && k !== "source") out[k] = src[k];
  return out;
}

const REVIEW = " kiểm tra: ";

function attach(value: unknown, node: Node | null | undefined, findings: Findings): void {
  if (!value || typeof value !== "object" || !node) return;
  const reviews = findings.reviewsOf(value);
  if (isMap(node)) {
    const obj = value as Record<string, unknown>;
    for (const [key, notes] of reviews ?? []) {
      const pair = key === "" ? node.items[0] : node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key))
        pair.key.commentBefore = [pair.key.commentBefore, ...notes.map((n) => `${REVIEW}${n}`)].filter(Boolean).join("\n");
    }
    for (const pair of node.items) if (isScalar(pair.key)) attach(obj[String(pair.key.value)], pair.value as Node, findings);
  } else if (isSeq(node)) {
    // Lists of codes (units: [tchc], filing units: [VT, TCHC]) on one line, as clerks write them.
    if ((value as unknown[]).every((v) => typeof v === "string" && /^[\p{L}\d.-]{1,20}$/u.test(v))) node.flow = true;
    for (const [i, v] of (value as unknown[]).entries()) attach(v, node.items[i] as Node, findings);
  }
}

export function planYaml(plan: Plan, findings: Findings, sourceName: string): string {
  const doc = new Document(ordered(plan));
  attach(plan, doc.contents, findings);
  // Reviews on the plan itself sit above their keys; the count goes in the header.
  const count = findings.reviewCount;
  doc.commentBefore = [
    " yaml-language-server: $schema=../schemas/plan.schema.json",
    "",
    ` Nhập từ ${sourceName.replace(/[\r\n]+/g, " ")} bằng cai-cach import.`,
    count
      ? ` ${count} chỗ cần kiểm tra lại, mỗi chỗ có ghi chú "# kiểm tra:" ngay phía trên.`
      : " Không có chỗ nào cần kiểm tra thêm; vẫn nên đối chiếu với bản gốc.",
    " Số mục, khoản, điểm, Quốc hiệu và các nhãn cố định do cai-cach tự sinh, không gõ ở đây.",
  ].join("\n");
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
