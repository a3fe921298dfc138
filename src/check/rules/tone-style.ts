// Two valid ways to place the tone mark in open syllables with oa, oe, uy: "hòa, khỏe, thủy"
// (on the first vowel) and "hoà, khoẻ, thuỷ" (on the second). Both are NFC and different strings;
// one document keeps one style (docs/nd30.md §6). Warn on words in the less used style.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diag, type Rule } from "../rule.js";
import { isProse, type PlanString, strings } from "../walk.js";

// Tone-marked o/u followed by a/e/y ending the word ("hòa", "thủy"), or plain o/u followed by a
// tone-marked a/e/y ("hoà", "thuỷ"). Words starting with "qu"/"gi" are excluded: there the first
// vowel belongs to the consonant ("quý" has one style only).
const FIRST = /^(?:[òóỏõọ][ae]|[ùúủũụ]y)$/u;
const SECOND = /^(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])$/u;
// Only words ending in o/u + a/e/y can differ; finding those pairs first keeps the rule cheap
// (every character here is one UTF-16 unit, so no "u" flag and no \p{L} tables are needed).
const PAIR = /[oòóỏõọuùúủũụ][aàáảãạeèéẻẽẹyỳýỷỹỵ]/gi;
const LETTER = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/;

type Style = "first" | "second";
interface Hit {
  word: string;
  style: Style;
  pointer: string;
  offset: number;
}

export function toneStyleOf(word: string): Style | undefined {
  const w = word.toLowerCase();
  if (/^(qu|gi)/u.test(w)) return undefined;
  const tail = w.slice(-2);
  if (FIRST.test(tail)) return "first";
  if (SECOND.test(tail)) return "second";
  return undefined;
}

export const toneStyle: Rule = (plan) => toneStyleIn(strings(plan).filter(({ pointer }) => isProse(pointer)));

/** The rule over any list of texts with their pointers (a plan's prose, or a DOCX's paragraphs for `audit`). */
export function toneStyleIn(texts: readonly PlanString[]): Diagnostic[] {
  const hits: Hit[] = [];
  for (const { text, pointer } of texts) {
    for (const m of text.matchAll(PAIR)) {
      const end = m.index! + 2;
      if (end < text.length && LETTER.test(text[end]!)) continue;
      let start = m.index!;
      while (start > 0 && LETTER.test(text[start - 1]!)) start--;
      const word = text.slice(start, end);
      const style = toneStyleOf(word);
      if (style) hits.push({ word, style, pointer, offset: start });
    }
  }
  const first = hits.filter((h) => h.style === "first").length;
  const second = hits.length - first;
  if (first === 0 || second === 0) return [];
  // The majority style wins; on a tie, the style met first.
  const majority: Style = first > second ? "first" : second > first ? "second" : hits[0]!.style;
  const out: Diagnostic[] = [];
  for (const h of hits.filter((x) => x.style !== majority)) {
    const other = restyle(h.word);
    out.push(
      diag(
        "rule/tone-style",
        h.pointer,
        `"${h.word}" bỏ dấu kiểu ${h.style === "first" ? "mới" : "cũ"}, khác phần còn lại của văn bản (kiểu "${other}").`,
        `Viết "${other}" cho thống nhất cả văn bản.`,
        { suggestions: [other], within: { offset: h.offset, length: h.word.length } },
      ),
    );
  }
  return out;
}

/** Moves the tone mark of the final two vowels to the other one ("hoà" ↔ "hòa"). */
export function restyle(word: string): string {
  const head = word.slice(0, -2);
  const [a, b] = [
    ...word
      .slice(-2)
      .normalize("NFD")
      .replace(/[\u0300-\u0309\u0323]/gu, ""),
  ].filter((c) => !/[\u0300-\u036f]/u.test(c));
  const mark = /[\u0300\u0301\u0303\u0309\u0323]/u.exec(word.slice(-2).normalize("NFD"))?.[0] ?? "";
  const firstHasMark = /[\u0300\u0301\u0303\u0309\u0323]/u.test(word.slice(-2, -1).normalize("NFD"));
  const moved = firstHasMark ? `${a}${b}${mark}` : `${a}${mark}${b}`;
  return (head + moved).normalize("NFC");
}
