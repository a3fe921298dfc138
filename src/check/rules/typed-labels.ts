// Numbering is generated from the structure, never typed (NĐ 30/2020, Phụ lục I, II.6.b): no
// "I.", "1.", "a)" before a title, no "- " before an item, no "./." after the closing, no comma
// after the place (the renderer writes "Đồng Nai, ngày …").
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import { diag, type Rule } from "../rule.js";
import { items, sections } from "../walk.js";

const NUMBERING = /^((?:[IVXLC]+|\d+|[a-zđ])[.)]|[-–+•])\s+/u;

export const typedLabels: Rule = (plan) => {
  const out: Diagnostic[] = [];
  const label = (value: string | undefined, pointer: string): void => {
    const m = value === undefined ? null : NUMBERING.exec(value);
    if (!m) return;
    const fixed = value!.slice(m[0].length);
    out.push(
      diag(
        "rule/typed-label",
        pointer,
        `Không gõ "${m[1]}" ở đầu dòng: số mục và dấu gạch đầu dòng do cai-cach tự đánh.`,
        `Viết: ${fixed}`,
        { suggestions: [fixed], within: { offset: 0, length: m[1]!.length } },
      ),
    );
  };
  for (const s of sections(plan)) {
    label(s.section.title, joinPointer(s.pointer, "title"));
    const text = s.section.text;
    if (typeof text === "string") label(text, joinPointer(s.pointer, "text"));
  }
  for (const it of items(plan)) label(it.item.text, it.textPointer);
  if (plan.closing && /\.\/\.\s*$/.test(plan.closing)) {
    out.push(
      diag(
        "rule/typed-label",
        "/closing",
        'Không gõ "./." cuối câu kết: cai-cach tự thêm.',
        `Viết: ${plan.closing.replace(/\s*\.\/\.\s*$/, ".")}`,
      ),
    );
  }
  if (/,\s*$/.test(plan.place)) {
    out.push(
      diag(
        "rule/typed-label",
        "/place",
        'Không gõ dấu phẩy sau địa danh: cai-cach tự viết "…, ngày … tháng … năm …".',
        `Viết: ${plan.place.replace(/,\s*$/, "")}`,
      ),
    );
  }
  return out;
};
