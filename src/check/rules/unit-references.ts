// `unit` / `units` name units by id; each must be declared in `units`.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import { diag, type Rule } from "../rule.js";
import { items, sections } from "../walk.js";

export const unitReferences: Rule = (plan) => {
  const known = (plan.units ?? []).map((u) => u.id);
  const out: Diagnostic[] = [];
  const check = (id: string, pointer: string): void => {
    if (known.includes(id)) return;
    const suggestions = didYouMean(id, known);
    out.push(
      diag(
        "rule/unknown-unit",
        pointer,
        `Không có đơn vị mã "${id}" trong danh sách units.`,
        suggestions.length > 0
          ? `Có phải ý bạn là "${suggestions[0]}"?`
          : known.length > 0
            ? `Các mã đơn vị: ${known.join(", ")}.`
            : "Khai báo đơn vị trong units (id, name).",
        { suggestions },
      ),
    );
  };
  for (const { section, pointer } of sections(plan)) {
    if (section.unit) check(section.unit, joinPointer(pointer, "unit"));
    for (const [i, u] of (section.units ?? []).entries()) check(u, joinPointer(pointer, "units", i));
  }
  for (const { item, pointer } of items(plan))
    for (const [i, u] of (item.units ?? []).entries()) check(u, joinPointer(pointer, "units", i));
  return out;
};
