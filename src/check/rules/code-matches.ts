// The code after the number is "<type abbreviation>-<issuer abbreviation>" (NĐ 30/2020,
// Phụ lục I, II.3; abbreviations of Phụ lục III, I): a Kế hoạch of SVHTTDL is KH-SVHTTDL; a
// công văn's is "<issuer>-<unit>" (UBND-NC).
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diag, type Rule } from "../rule.js";

/** A công văn has no type abbreviation: its code is "<issuer>-<unit>" (II.3: 05/BNV-VP). */
function congVanCode(code: string, issuer: string | undefined): Diagnostic[] {
  const [first] = code.split("-");
  if (!issuer || first === issuer) return [];
  return [
    diag(
      "rule/code-mismatch",
      "/code",
      `Ký hiệu công văn "${code}" phải bắt đầu bằng chữ viết tắt của cơ quan ban hành "${issuer}" (công văn không có tên loại).`,
      `Viết "${issuer}-<đơn vị soạn thảo>", ví dụ ${issuer}-VP.`,
    ),
  ];
}

export const codeMatches: Rule = (plan) => {
  if (plan.type === "CV") return congVanCode(plan.code, plan.issuer.abbreviation);
  const out: Diagnostic[] = [];
  const [typePart, ...rest] = plan.code.split("-");
  const issuerPart = rest.join("-");
  const expected = plan.issuer.abbreviation ? `${plan.type}-${plan.issuer.abbreviation}` : undefined;
  if (typePart !== plan.type) {
    out.push(
      diag(
        "rule/code-mismatch",
        "/code",
        `Ký hiệu "${plan.code}" phải bắt đầu bằng tên loại "${plan.type}" (type).`,
        expected ? `Có phải ý bạn là "${expected}"?` : `Viết "${plan.type}-<chữ viết tắt cơ quan ban hành>".`,
        { suggestions: expected ? [expected] : [] },
      ),
    );
  } else if (plan.issuer.abbreviation && issuerPart !== plan.issuer.abbreviation) {
    out.push(
      diag(
        "rule/code-mismatch",
        "/code",
        `Ký hiệu "${plan.code}" phải kết thúc bằng chữ viết tắt của cơ quan ban hành "${plan.issuer.abbreviation}".`,
        `Có phải ý bạn là "${expected}"? (hoặc sửa issuer.abbreviation)`,
        { suggestions: [expected!] },
      ),
    );
  }
  return out;
};
