// What `check` applies to a plan's prose, applied to the document's paragraphs: cited documents
// (well-formed number and code, year, padding, real date not after this document's,
// src/check/rules/cited-documents.ts), one tone-mark style (tone-style.ts) and the look-alike
// Icelandic Ð (lookalike.ts). The rules are check's own; only where a finding points changes.
import { checkCitation, definedShortForms } from "../../check/rules/cited-documents.js";
import { findCitations } from "../../check/rules/cited-parse.js";
import { lookalikeIn } from "../../check/rules/lookalike.js";
import { toneStyleIn } from "../../check/rules/tone-style.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { AuditContext, AuditRule } from "../context.js";
import { placeOf } from "../finding.js";
import type { Line } from "../lines.js";
import { DATE } from "../recognise.js";

/** The document's own date as ISO, from its place-and-date line; none: every date is allowed. */
function documentDate({ found }: AuditContext): string {
  const m = found.date ? DATE.exec(found.date.text) : null;
  if (!m || !/^\d+$/u.test(m[1]!) || !/^\d+$/u.test(m[2]!)) return "9999-12-31";
  return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

export const textRules: AuditRule = (ctx) => {
  const { found } = ctx;
  const prose: Line[] = [...found.trichYeu, ...found.veViec, ...found.body];
  // A pointer per paragraph, so check's diagnostics come back to their paragraph.
  const byPointer = new Map(prose.map((l, i) => [`/${i}`, l]));
  const date = documentDate(ctx);
  const shortForms = definedShortForms(prose.map((l) => l.text));
  const out: Diagnostic[] = [];
  prose.forEach((l, i) => {
    for (const c of findCitations(l.text)) {
      // A number left blank for the văn thư to fill in ("Báo cáo số      /BC-…", Điều 15) cites nothing yet.
      if (shortForms.has(`${c.kind} số ${c.number}`) || c.number.startsWith("/")) continue;
      out.push(...checkCitation(c, `/${i}`, date));
    }
    out.push(...lookalikeIn(l.text, `/${i}`));
  });
  out.push(...toneStyleIn(prose.map((l, i) => ({ text: l.text, pointer: `/${i}` }))));
  return out.map(({ pointer, within, ...d }) => {
    const l = byPointer.get(pointer ?? "");
    return l ? { ...d, place: placeOf(l) } : d;
  });
};
