// "Ð" (U+00D0, Icelandic eth) looks like the Vietnamese "Đ" (U+0110) but is another letter:
// searches, sorting and the type abbreviations (QĐ, NĐ) break (Phụ lục III, I; docs/nd30.md §4).
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diag, type Rule } from "../rule.js";
import { strings } from "../walk.js";

export const lookalike: Rule = (plan) => strings(plan).flatMap(({ text, pointer }) => lookalikeIn(text, pointer));

/** The rule on one text (a plan's string, or a DOCX paragraph for `audit`). */
export function lookalikeIn(text: string, pointer: string): Diagnostic[] {
  const i = text.search(/[Ðð]/u);
  if (i < 0) return [];
  const fixed = text.replace(/Ð/gu, "Đ").replace(/ð/gu, "đ");
  return [
    diag(
      "rule/lookalike-eth",
      pointer,
      `Chữ "${text[i]}" ở đây là chữ Ð của tiếng Iceland (U+00D0), không phải Đ tiếng Việt (U+0110).`,
      "Gõ lại chữ Đ bằng bộ gõ tiếng Việt (Unikey: dd → đ, DD → Đ).",
      { suggestions: [fixed], within: { offset: i, length: 1 } },
    ),
  ];
}
