// What the decree sets IN HOA: agency names (Phụ lục I, II.2), the signer's title and the
// authority signed for (II.7.a), and the titles of phần and of mục I., II. (II.6.b).
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { joinPointer } from "../../diagnostics/pointer.js";
import { diag, type Rule } from "../rule.js";
import { sections } from "../walk.js";

export const uppercase: Rule = (plan) => {
  const out: Diagnostic[] = [];
  const check = (value: string | undefined, pointer: string, what: string): void => {
    if (value === undefined || value === value.toLocaleUpperCase("vi")) return;
    out.push(
      diag("rule/uppercase", pointer, `${what} phải viết IN HOA.`, `Viết: ${value.toLocaleUpperCase("vi")}`, {
        suggestions: [value.toLocaleUpperCase("vi")],
      }),
    );
  };
  check(plan.issuer.name, "/issuer/name", "Tên cơ quan ban hành");
  check(plan.issuer.parent?.name, "/issuer/parent/name", "Tên cơ quan chủ quản");
  for (const [at, s] of [
    ["/signer", plan.signer] as const,
    ...(plan.cosigners ?? []).map((c, i) => [joinPointer("/cosigners", i), c] as const),
  ]) {
    check(s.title, joinPointer(at, "title"), "Chức vụ người ký");
    check(s.authority, joinPointer(at, "authority"), "Chức vụ được ký thay");
    check(s.deputyFor, joinPointer(at, "deputyFor"), "Chức vụ được ký thay (KT.)");
  }
  check(plan.decision?.authority, "/decision/authority", "Thẩm quyền ban hành quyết định");
  for (const s of sections(plan))
    if ((s.level === "muc" || s.level === "phan") && !s.inAppendix)
      check(s.section.title, joinPointer(s.pointer, "title"), s.level === "phan" ? "Tên phần" : "Tiêu đề mục cấp I");
  return out;
};
