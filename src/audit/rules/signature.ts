// The signature (Phụ lục I, II.7): an authority prefix is one of TM., KT., TL., TUQ., Q. as
// written, followed by the title signed for; under "KT." comes the signer's own title; the name
// carries no degree or honorific — the same rule `check` applies to a plan's signer (7b).
import { checkSigner } from "../../check/rules/signer.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { AuditRule } from "../context.js";
import { finding } from "../finding.js";

const PREFIXES = ["TM.", "KT.", "TL.", "TUQ.", "Q."];
/** A prefix typed some other way: "KT" without its dot, "K.T.", "T/M", "Thừa lệnh". */
const LOOSE = /^(T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|K\.\s*T|T\.\s*M|T\.\s*L|TUQ|TM|KT|TL|Q)\.?(?=\s)/iu;
const WORDS: Record<string, string> = { TM: "TM.", KT: "KT.", TL: "TL.", TUQ: "TUQ.", Q: "Q." };

export const signatures: AuditRule = ({ found }) => {
  const out: Diagnostic[] = [];
  for (const s of found.signatures) {
    s.authority.forEach((l, i) => {
      const m = LOOSE.exec(l.text);
      if (!m) return;
      const canonical = WORDS[m[0].replace(/[\s./]/gu, "").toUpperCase()];
      if (!PREFIXES.includes(m[0]) && canonical) {
        const fixed = `${canonical}${l.text.slice(m[0].length)}`;
        out.push(
          finding("audit/signer-prefix", l, `Quyền hạn ký viết "${m[0]}", phải viết "${canonical}".`, `Viết: ${fixed}`, {
            suggestions: [fixed],
          }),
        );
      }
      if (canonical === "KT." && !s.authority[i + 1])
        out.push(
          finding(
            "audit/signer-prefix",
            l,
            `Dưới "${l.text}" thiếu chức vụ của người ký thay.`,
            "Thêm dòng chức vụ của người ký (ví dụ PHÓ GIÁM ĐỐC) dưới dòng KT.",
          ),
        );
    });
    if (s.name) {
      // check's rule on a plan's signer, on the name as printed.
      for (const d of checkSigner({ name: s.name.text, title: "" }, "")) {
        if (d.code === "rule/signer-name") out.push(finding(d.code, s.name, d.message, d.hint ?? "", { clause: d.clause }));
      }
    }
  }
  return out;
};
