// Words of a model form left in the plan (NĐ 30/2020, Phụ lục I, II.2 and II.7 name what goes
// there): "Họ và tên" for the signer, "THỦ TRƯỞNG CƠ QUAN" or "CHỨC VỤ" for a title, "TÊN CƠ
// QUAN" for an agency, dots or x's for a place, "Tên đơn vị 1" for a unit (init's starter plan). A clerk copying a model file, or starting from
// `cai-cach init`, leaves them to fill in; printed, they make the document invalid. A warning,
// so a fresh scaffold still checks; CI's --max-warnings 0 keeps them out of what is issued.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import type { Signer } from "../../model/plan.js";
import { diag, type Rule } from "../rule.js";

const PLACEHOLDER =
  /^(họ (và )?tên( người ký)?|thủ trưởng (cơ quan|đơn vị)|tên cơ quan( chủ quản| ban hành)?|tên (đơn vị|phòng)( \d+)?|chức vụ( người ký)?|quyền hạn( ký)?|địa danh|[x.…]{3,}|\.\.\.|…)$/iu;

export const placeholders: Rule = (plan) => {
  const out: Diagnostic[] = [];
  const check = (value: string | undefined, pointer: string, what: string): void => {
    if (value === undefined || !PLACEHOLDER.test(value.trim())) return;
    out.push(
      diag(
        "rule/placeholder",
        pointer,
        `${what} còn là chữ mẫu "${value.trim()}".`,
        `Thay bằng ${what.toLocaleLowerCase("vi")} thật của văn bản.`,
      ),
    );
  };
  const signer = (s: Signer, at: string): void => {
    check(s.name, joinPointer(at, "name"), "Họ tên người ký");
    check(s.title, joinPointer(at, "title"), "Chức vụ người ký");
    check(s.authority, joinPointer(at, "authority"), "Chức vụ được ký thay");
  };
  check(plan.issuer.name, "/issuer/name", "Tên cơ quan ban hành");
  check(plan.issuer.parent?.name, "/issuer/parent/name", "Tên cơ quan chủ quản");
  check(plan.place, "/place", "Địa danh");
  for (const [i, u] of (plan.units ?? []).entries()) check(u.name, joinPointer("/units", i, "name"), "Tên đơn vị");
  signer(plan.signer, "/signer");
  for (const [i, s] of (plan.cosigners ?? []).entries()) signer(s, joinPointer("/cosigners", i));
  return out;
};
