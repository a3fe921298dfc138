// The signature block (NĐ 30/2020, Phụ lục I, II.7): an authority prefix (TM., KT., TL., TUQ., Q.)
// goes with the title it signs for ("KT. GIÁM ĐỐC"); the name carries no degree or honorific (7b).
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import type { Signer } from "../../model/plan.js";
import { diag, type Rule } from "../rule.js";

/** An authority prefix typed at the start of a title: "KT. GIÁM ĐỐC". */
const PREFIX_TYPED = /^(TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*/iu;

const HONORIFIC = /^(GS|PGS|TS|ThS|BS|KS|CN|LS|NCS|TSKH|Ông|Bà|Đ\/c|Đồng chí)\.?(\s|\.|$)/iu;

/** The signer and each cosigner of a joint document, with the pointer of each. */
export const signer: Rule = (plan) => [
  ...checkSigner(plan.signer, "/signer"),
  ...(plan.cosigners ?? []).flatMap((s, i) => checkSigner(s, joinPointer("/cosigners", i))),
];

/** One signer's rules; `audit` applies them to the signature block of a DOCX. */
export function checkSigner(s: Signer, at: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (s.prefix && !s.authority) {
    out.push(
      diag(
        "rule/signer-authority",
        joinPointer(at, "prefix"),
        `Có quyền hạn ký "${s.prefix}" nhưng thiếu chức vụ được ký thay (authority).`,
        `Thêm "authority", ví dụ: authority: GIÁM ĐỐC (in ra "${s.prefix} GIÁM ĐỐC").`,
      ),
    );
  }
  if (!s.prefix && s.authority && !PREFIX_TYPED.test(s.authority.trim())) {
    out.push(
      diag(
        "rule/signer-authority",
        joinPointer(at, "authority"),
        `Có chức vụ được ký thay "${s.authority}" nhưng thiếu quyền hạn ký (prefix).`,
        "Thêm prefix: TM., KT., TL., TUQ. hoặc Q.; hoặc xóa authority khi người đứng đầu ký.",
      ),
    );
  }
  for (const [field, value] of [
    ["title", s.title],
    ["authority", s.authority],
  ] as const) {
    const typed = value === undefined ? null : PREFIX_TYPED.exec(value.trim());
    if (!typed) continue;
    const rest = value!.trim().slice(typed[0].length).trim();
    out.push(
      diag(
        "rule/signer-prefix-in-title",
        joinPointer(at, field),
        `Quyền hạn ký "${typed[1]}" gõ trong ${field === "title" ? "chức vụ" : "chức vụ được ký thay"} ("${value!.trim()}").`,
        field === "title"
          ? `Viết prefix: ${typed[1]}, authority: ${rest} và title: <chức vụ của người ký>; cai-cach in "${typed[1]} ${rest}" rồi chức vụ người ký ở dòng dưới.`
          : `Viết prefix: ${typed[1]} và authority: ${rest}; cai-cach in "${typed[1]} ${rest}".`,
        { suggestions: [rest] },
      ),
    );
  }
  const honorific = HONORIFIC.exec(s.name.trim());
  if (honorific) {
    out.push(
      diag(
        "rule/signer-name",
        joinPointer(at, "name"),
        `Họ tên người ký không ghi học hàm, học vị hay danh xưng ("${honorific[1]}").`,
        `Chỉ ghi họ và tên, ví dụ: ${s.name.trim().slice(honorific[0].length).trim() || "Lê Kim Bằng"}.`,
      ),
    );
  }
  return out;
}
