// Nơi nhận (Phụ lục I, II.9.b): each recipient on its own line, starting with "-" and ending with
// ";"; the last line is "- Lưu: VT, <drafting unit>." with the Văn thư and a full stop. Lines
// after it (the drafter's code and copies, ô 12: "PL.(300)") are not recipients.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { AuditRule } from "../context.js";
import { finding } from "../finding.js";

const LUU = /^-?\s*Lưu\s*:?\s*(.*)$/iu;

export const recipients: AuditRule = ({ found }) => {
  const out: Diagnostic[] = [];
  if (!found.noiNhan) return out;
  const luuAt = found.recipients.findIndex((l) => LUU.test(l.text));
  const listed = luuAt >= 0 ? found.recipients.slice(0, luuAt) : found.recipients;
  for (const l of listed) {
    const starts = /^-\s/u.test(l.text);
    const ends = l.text.endsWith(";");
    if (starts && ends) continue;
    const bare = l.text
      .replace(/^[-–—+•]\s*/u, "")
      .replace(/[;.,]+$/u, "")
      .trim();
    const fixed = `- ${bare};`;
    const what =
      !starts && !ends
        ? 'không bắt đầu bằng "-" và không kết thúc bằng ";"'
        : !starts
          ? 'không bắt đầu bằng "-"'
          : 'không kết thúc bằng ";"';
    out.push(finding("audit/recipient-line", l, `Dòng nơi nhận "${l.text}" ${what}.`, `Viết: ${fixed}`, { suggestions: [fixed] }));
  }
  const luu = luuAt >= 0 ? found.recipients[luuAt]! : undefined;
  if (!luu) {
    out.push(
      finding(
        "audit/filing",
        found.recipients.at(-1) ?? found.noiNhan,
        'Nơi nhận thiếu dòng "- Lưu: VT, …." ở cuối.',
        "Thêm dòng cuối: - Lưu: VT, <đơn vị soạn thảo>. (ví dụ - Lưu: VT, TCHC.)",
      ),
    );
    return out;
  }
  const units = (LUU.exec(luu.text)?.[1] ?? "").replace(/\.$/u, "");
  if (!units.split(/[,\s]+/u).includes("VT"))
    out.push(finding("audit/filing", luu, `Dòng "${luu.text}" thiếu Văn thư (VT).`, `Viết: - Lưu: VT, ${units || "<đơn vị soạn thảo>"}.`));
  if (!/^-\s/u.test(luu.text) || !luu.text.endsWith("."))
    out.push(
      finding("audit/filing", luu, `Dòng "${luu.text}" phải bắt đầu bằng "-" và kết thúc bằng dấu chấm.`, `Viết: - Lưu: ${units}.`, {
        suggestions: [`- Lưu: ${units}.`],
      }),
    );
  return out;
};
