// A table's rows have as many cells as it has columns, and widths (when given) one per column.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Table } from "../../model/plan.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import { diag, type Rule } from "../rule.js";
import { sections } from "../walk.js";

export const tableShape: Rule = (plan) => {
  const out: Diagnostic[] = [];
  const check = (t: Table | undefined, pointer: string): void => {
    if (!t) return;
    const n = t.columns.length;
    t.rows.forEach((row, i) => {
      if (row.length !== n)
        out.push(
          diag(
            "rule/table-shape",
            joinPointer(pointer, "rows", i),
            `Dòng ${i + 1} của bảng có ${row.length} ô, bảng có ${n} cột.`,
            'Thêm hoặc bớt ô cho bằng số cột (ô trống viết "").',
          ),
        );
    });
    if (t.widths && t.widths.length !== n)
      out.push(
        diag(
          "rule/table-shape",
          joinPointer(pointer, "widths"),
          `Có ${t.widths.length} độ rộng cho ${n} cột.`,
          "Mỗi cột một độ rộng, hoặc bỏ widths để các cột rộng bằng nhau.",
        ),
      );
  };
  for (const s of sections(plan)) check(s.section.table, joinPointer(s.pointer, "table"));
  for (const [i, a] of (plan.appendices ?? []).entries()) check(a.table, joinPointer("/appendices", i, "table"));
  return out;
};
