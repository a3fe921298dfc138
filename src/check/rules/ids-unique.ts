// Ids are the stable handles activity logs and reports use: one id, one thing, across units,
// sections, items and appendices.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import { diag, type Rule } from "../rule.js";
import { items, sections } from "../walk.js";

interface Owner {
  id: string;
  pointer: string;
  /** What carries the id, as a clerk recognises it: "đơn vị "Phòng Nội vụ"". */
  label: string;
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export const idsUnique: Rule = (plan) => {
  const owners: Owner[] = [];
  for (const [i, u] of (plan.units ?? []).entries())
    owners.push({ id: u.id, pointer: joinPointer("/units", i, "id"), label: `đơn vị "${clip(u.name)}"` });
  for (const { section, pointer } of sections(plan)) {
    if (!section.id) continue;
    const text = Array.isArray(section.text) ? section.text[0] : section.text;
    const label = section.title ? `mục "${clip(section.title)}"` : text ? `mục "${clip(text)}"` : "một mục khác";
    owners.push({ id: section.id, pointer: joinPointer(pointer, "id"), label });
  }
  for (const { item, pointer } of items(plan))
    if (item.id) owners.push({ id: item.id, pointer: joinPointer(pointer, "id"), label: `dòng "${clip(item.text)}"` });
  for (const [i, a] of (plan.appendices ?? []).entries())
    if (a.id) owners.push({ id: a.id, pointer: joinPointer("/appendices", i, "id"), label: `phụ lục "${clip(a.title)}"` });
  const first = new Map<string, Owner>();
  const out: Diagnostic[] = [];
  for (const owner of owners) {
    const earlier = first.get(owner.id);
    if (!earlier) first.set(owner.id, owner);
    else
      out.push(
        diag(
          "rule/duplicate-id",
          owner.pointer,
          `Mã "${owner.id}" đã được dùng cho ${earlier.label}.`,
          "Đặt cho mục này một mã khác; mỗi mã chỉ dùng một lần trong kế hoạch (báo cáo tham chiếu theo mã).",
        ),
      );
  }
  return out;
};
