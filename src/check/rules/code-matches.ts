// The code after the number is "<type abbreviation>-<issuer abbreviation>" (NĐ 30/2020,
// Phụ lục I, II.3; abbreviations of Phụ lục III, I): a Kế hoạch of SVHTTDL is KH-SVHTTDL.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { diag, type Rule } from "../rule.js";

export const codeMatches: Rule = (plan) => {
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
