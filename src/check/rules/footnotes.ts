// Footnotes: every "[^id]" in the text names a note of `footnotes`, and every note is cited
// somewhere (a note never cited would silently vanish from the document). Practice of Word and
// LibreOffice, docs/nd30.md §2 "Footnotes".
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import { diag, type Rule } from "../rule.js";
import { strings } from "../walk.js";

const CITATION = /\[\^([^\]\s]*)\]/gu;

export const footnoteRefs: Rule = (plan) => {
  const out: Diagnostic[] = [];
  const ids = new Set((plan.footnotes ?? []).map((n) => n.id));
  const cited = new Set<string>();
  for (const { text, pointer } of strings(plan)) {
    if (pointer.startsWith("/footnotes/")) continue;
    for (const m of text.matchAll(CITATION)) {
      cited.add(m[1]!);
      if (ids.has(m[1]!)) continue;
      const known = [...ids].map((id) => `[^${id}]`).join(", ");
      out.push(
        diag(
          "rule/footnote-unknown",
          pointer,
          `Chú thích "${m[0]}" không có trong danh sách chú thích (footnotes).`,
          known
            ? `Các chú thích có: ${known}; hoặc thêm vào footnotes: - id: ${m[1]}, text: <nội dung>.`
            : `Thêm footnotes: - id: ${m[1]}, text: <nội dung>.`,
          { within: { offset: m.index, length: m[0].length } },
        ),
      );
    }
  }
  for (const [i, note] of (plan.footnotes ?? []).entries()) {
    if (cited.has(note.id)) continue;
    out.push(
      diag(
        "rule/footnote-unknown",
        joinPointer("/footnotes", i, "id"),
        `Chú thích "${note.id}" không được trích ở đâu nên sẽ không được in.`,
        `Viết [^${note.id}] trong đoạn văn cần chú thích, hoặc xóa chú thích này.`,
      ),
    );
  }
  return out;
};
