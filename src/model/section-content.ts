// What a section holds, in the order the document prints it: its text, items, table and
// sub-sections (the fixed order of the short form), then its `content` blocks in the order the
// clerk wrote them (a paragraph after a list stays after it). One function for the walker and
// compose, so the numbers they give and the order they print never disagree.
import { joinPointer } from "../diagnostics/pointer.js";
import type { Item, Section, Table } from "./plan.js";

export type ContentPiece =
  | { kind: "text"; text: string; pointer: string }
  | { kind: "items"; items: (string | Item)[]; pointer: string }
  | { kind: "table"; table: Table; pointer: string }
  | { kind: "sections"; sections: Section[]; pointer: string };

export function sectionContent(section: Section, pointer: string): ContentPiece[] {
  const out: ContentPiece[] = [];
  const text = section.text;
  if (typeof text === "string") out.push({ kind: "text", text, pointer: joinPointer(pointer, "text") });
  else for (const [i, t] of (text ?? []).entries()) out.push({ kind: "text", text: t, pointer: joinPointer(pointer, "text", i) });
  if (section.items) out.push({ kind: "items", items: section.items, pointer: joinPointer(pointer, "items") });
  if (section.table) out.push({ kind: "table", table: section.table, pointer: joinPointer(pointer, "table") });
  if (section.sections) out.push({ kind: "sections", sections: section.sections, pointer: joinPointer(pointer, "sections") });
  for (const [i, block] of (section.content ?? []).entries()) {
    const at = joinPointer(pointer, "content", i);
    if (typeof block === "string") out.push({ kind: "text", text: block, pointer: at });
    else if (block.items) out.push({ kind: "items", items: block.items, pointer: joinPointer(at, "items") });
    else if (block.table) out.push({ kind: "table", table: block.table, pointer: joinPointer(at, "table") });
    else if (block.sections) out.push({ kind: "sections", sections: block.sections, pointer: joinPointer(at, "sections") });
  }
  return out;
}

/** The section's paragraphs in order (its first one carries the number when it has no title). */
export const sectionTexts = (section: Section): string[] => sectionContent(section, "").flatMap((p) => (p.kind === "text" ? [p.text] : []));
