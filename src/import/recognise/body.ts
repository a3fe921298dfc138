// The body of a document (or of the plan a Quyết định issues): "Kính gửi:", the căn cứ and the
// opening paragraphs, the sections, and the closing sentence with its "./.".
import type { Plan } from "../../model/plan.js";
import type { Line, TableEntry } from "../entries.js";
import type { Cursor } from "./cursor.js";
import type { Findings } from "./findings.js";
import { labelOf } from "./labels.js";
import { joinBrokenLines, readSections } from "./sections.js";
import { startsSignature } from "./signature.js";

export type BodyParts = Pick<Plan, "opening" | "body" | "closing" | "numbering" | "addressees">;

/** A line the body cannot hold: the signature's, unless it is a phần's title under "Phần I". */
function endsBody(l: Line, prev: Line | TableEntry | undefined): boolean {
  if (!startsSignature(l)) return false;
  return !(prev?.kind === "line" && labelOf(prev.text)?.kind === "phan");
}

const isClosing = (l: Line): boolean => !labelOf(l.text) && (/\.\/\.$/.test(l.text) || /^Trên đây\b/u.test(l.text));

export function readBody(cur: Cursor, findings: Findings): BodyParts {
  const out: BodyParts = { body: [] };
  while (cur.line() && /^Kính gửi\s*:/u.test(cur.line()!.text)) {
    const l = cur.next() as Line;
    out.addressees = [...(out.addressees ?? []), l.text.replace(/^Kính gửi\s*:\s*/u, "")];
  }
  let entries: (Line | TableEntry)[] = [];
  for (let e = cur.peek(); e && e.kind !== "break"; e = cur.peek()) {
    if (e.kind === "line" && endsBody(e, entries.at(-1))) break;
    entries.push(cur.next() as Line | TableEntry);
  }
  entries = joinBrokenLines(entries, findings);
  const last = entries.at(-1);
  if (last?.kind === "line" && isClosing(last)) {
    entries.pop();
    out.closing = last.text.replace(/\.\/\.$/, ".");
    if (!/\.\/\.$/.test(last.text)) findings.review(out, "closing", 'câu kết trong bản gốc không có "./." ở cuối');
  }
  const body = readSections(entries, findings);
  out.body = body.sections;
  if (body.numbering) out.numbering = body.numbering;
  const basis: string[] = [];
  const text: string[] = [];
  for (const e of body.before) {
    if (e.kind !== "line") continue;
    if (e.style === "CanCu" || (!e.style && e.italic)) basis.push(e.text.replace(/[;.,]+$/, ""));
    else text.push(e.text);
  }
  if (basis.length || text.length) out.opening = { ...(basis.length ? { basis } : {}), ...(text.length ? { text } : {}) };
  return out;
}
