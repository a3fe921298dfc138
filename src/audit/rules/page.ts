// The page (Phụ lục I, I.1–I.3): A4 portrait, landscape only for a part holding a table (I.2),
// and each margin inside its range (I.3). One finding per part and per problem.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { pageRanges } from "../../layout/nd30-ranges.js";
import { type AuditRule, mm } from "../context.js";
import { finding, pagePlace } from "../finding.js";

const SIDES = { top: "trên", bottom: "dưới", left: "trái", right: "phải" } as const;

export const pageSetup: AuditRule = ({ doc }) => {
  const out: Diagnostic[] = [];
  const n = doc.sections.length;
  doc.sections.forEach((s, i) => {
    const at = pagePlace("thiết lập trang", i, n);
    const { widthMm, heightMm, landscape, margins } = s.page;
    const [short, long] = [Math.min(widthMm, heightMm), Math.max(widthMm, heightMm)];
    const a4 =
      Math.abs(short - pageRanges.widthMm) <= pageRanges.toleranceMm && Math.abs(long - pageRanges.heightMm) <= pageRanges.toleranceMm;
    const hasTable = s.blocks.some((b) => b.kind === "table" && b.borders);
    if (!a4)
      out.push(
        finding(
          "audit/page-size",
          at,
          `Khổ giấy ${mm(widthMm)} × ${mm(heightMm)}, không phải A4 (210 × 297 mm).`,
          "Trong Word: Layout → Size → A4.",
        ),
      );
    else if (landscape && !hasTable)
      out.push(
        finding(
          "audit/page-size",
          at,
          "Trang đặt khổ ngang nhưng không có bảng: chỉ trang có bảng rộng mới được đặt ngang.",
          "Trong Word: Layout → Orientation → Portrait (khổ dọc).",
        ),
      );
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const [min, max] = pageRanges.marginsMm[side];
      const v = margins[`${side}Mm`];
      if (v >= min - 0.2 && v <= max + 0.2) continue;
      out.push(
        finding(
          "audit/margin",
          at,
          `Lề ${SIDES[side]} ${mm(v)}, ngoài khoảng ${min}–${max} mm.`,
          `Trong Word: Layout → Margins → Custom Margins, đặt lề ${SIDES[side]} từ ${cm(min)} đến ${cm(max)} cm.`,
        ),
      );
    }
  });
  return out;
};

const cm = (mmValue: number): string => String(mmValue / 10).replace(".", ",");
