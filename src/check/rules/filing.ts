// The last line of Nơi nhận is "Lưu: VT, <drafting unit>." (NĐ 30/2020, Phụ lục I, II.9.b):
// the Văn thư keeps the original.
import { diag, type Rule } from "../rule.js";

export const filing: Rule = (plan) =>
  plan.filing.units.includes("VT")
    ? []
    : [
        diag(
          "rule/filing-vt",
          "/filing/units",
          `Dòng "Lưu:" thiếu Văn thư (VT): ${plan.filing.units.join(", ")}.`,
          `Viết: units: [VT, ${plan.filing.units.filter((u) => u.toUpperCase() !== "VT").join(", ") || "<đơn vị soạn thảo>"}]`,
        ),
      ];
