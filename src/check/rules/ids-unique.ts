// Ids are the stable handles activity logs and reports use: one id, one thing, across units,
// sections, items and appendices.
import { joinPointer } from "../../load/pointer.js";
import { diag, type Rule } from "../rule.js";
import { items, sections } from "../walk.js";

export const idsUnique: Rule = (plan) => {
  const seen = new Map<string, string>();
  const out = [];
  const ids: { id: string; pointer: string }[] = [];
  (plan.units ?? []).forEach((u, i) => ids.push({ id: u.id, pointer: joinPointer("/units", i, "id") }));
  for (const s of sections(plan)) if (s.section.id) ids.push({ id: s.section.id, pointer: joinPointer(s.pointer, "id") });
  for (const it of items(plan)) if (it.item.id) ids.push({ id: it.item.id, pointer: joinPointer(it.pointer, "id") });
  (plan.appendices ?? []).forEach((a, i) => a.id && ids.push({ id: a.id, pointer: joinPointer("/appendices", i, "id") }));
  for (const { id, pointer } of ids) {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, pointer);
    else out.push(diag("rule/duplicate-id", pointer, `Mã "${id}" đã được dùng ở chỗ khác (${first}).`, "Đặt cho mục này một mã khác; mỗi mã chỉ dùng một lần trong kế hoạch."));
  }
  return out;
};
