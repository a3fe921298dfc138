// The signature row (ô 7a, 7b, 9b, 12, Phụ lục I): "Nơi nhận:" with its recipients and the
// "Lưu:" line (and the drafter's code), and the signer's authority lines and name — in any
// order, several signers for a joint document (the lead signer on the right, read last).
import type { Signer, SignerPrefix } from "../../model/plan.js";
import type { Line } from "../entries.js";
import { type Cursor, distance, fold, isUpper } from "./cursor.js";
import type { Findings } from "./findings.js";
import { labelOf } from "./labels.js";
import { problemAt } from "./problems.js";

export interface SignatureResult {
  recipients: string[];
  filing: { units: string[]; drafter?: string; copies?: number };
  signers: Signer[];
  /** The "Nơi nhận:" label was found (typed right or with a slip). */
  recipientsFound: boolean;
}

const NOI_NHAN = "noi nhan:";

/** "Nơi nhận:", or the label typed with a slip ("Noi nhậm:"), which is reported. */
export function recipientsLabel(line: Line): "exact" | "misspelt" | undefined {
  if (line.style === "NoiNhanTieuDe") return "exact";
  const f = fold(line.text);
  if (f === NOI_NHAN || f === "noi nhan") return "exact";
  return f.length <= 12 && f.endsWith(":") && distance(f, NOI_NHAN) <= 2 ? "misspelt" : undefined;
}

const PREFIX = /^(TM|KT|TL|TUQ|Q)\.\s*(\S.*)$/u;

/** A line of the signature block: an authority line (IN HOA, not a heading) or the label. */
export function startsSignature(line: Line): boolean {
  if (line.style === "ChucVu" || line.style === "NoiNhanTieuDe" || line.style === "NguoiKy") return true;
  if (line.style) return false;
  if (recipientsLabel(line)) return true;
  return isUpper(line.text) && !labelOf(line.text) && !/:$/.test(line.text);
}

function filingOf(text: string): SignatureResult["filing"] {
  const m = /^Lưu\s*:?\s*(.*?)\s*(?:\(([^)]*)\))?\s*\.?$/u.exec(text)!;
  const units = m[1]!
    .replace(/[.;]+$/, "")
    .split(/\s*,\s*/)
    .filter((u) => u !== "");
  return { units, ...(m[2] ? { drafter: m[2] } : {}) };
}

function readRecipients(cur: Cursor, out: SignatureResult, findings: Findings): void {
  const label = cur.next() as Line;
  out.recipientsFound = true;
  if (recipientsLabel(label) === "misspelt")
    findings.problem(problemAt("import/misspelt-label", label.at, `"${label.text}" được hiểu là "Nơi nhận:" (gõ sai).`));
  for (let l = cur.line(); l; l = cur.line()) {
    const item = /^[-–•]\s*(.*)$/u.exec(l.text)?.[1];
    if (item === undefined) {
      // The drafter's code and copies under "Lưu:" (ô 12): "P.O(05)".
      const drafter = /^([\p{L}.]+)(?:\((\d+)\))?$/u.exec(l.text);
      if (drafter && out.filing.units.length && out.filing.drafter === undefined) {
        out.filing.drafter = drafter[1];
        if (drafter[2]) out.filing.copies = Number(drafter[2]);
        cur.next();
      }
      return;
    }
    cur.next();
    if (/^Lưu\b/u.test(item)) out.filing = { ...out.filing, ...filingOf(item) };
    else out.recipients.push(item.replace(/[;.,]+$/, "").trim());
  }
}

/** "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; "GIÁM ĐỐC". */
export function signerOf(lines: string[], name: string): Signer {
  const prefixed: { prefix: SignerPrefix; text: string }[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const m = PREFIX.exec(lines[i]!);
    if (!m) break;
    prefixed.push({ prefix: `${m[1]}.` as SignerPrefix, text: m[2]! });
  }
  const title = lines.slice(i).join("\n");
  if (prefixed.length === 0) return { title, name };
  const [first, second] = prefixed;
  const signer: Signer = { prefix: first!.prefix, authority: first!.text, title: title || first!.text, name };
  if (second) signer.deputyFor = second.text;
  return signer;
}

function readSigner(cur: Cursor, findings: Findings): Signer | undefined {
  const lines: Line[] = [];
  for (let l = cur.line(); l && (l.style === "ChucVu" || (!l.style && isUpper(l.text) && !recipientsLabel(l))); l = cur.line()) {
    lines.push(l);
    cur.next();
  }
  if (lines.length === 0) return undefined;
  const nameLine = cur.line();
  const isName = nameLine && (nameLine.style === "NguoiKy" || (!nameLine.style && !recipientsLabel(nameLine) && !labelOf(nameLine.text)));
  if (isName) cur.next();
  const signer = signerOf(
    lines.map((l) => l.text),
    isName ? nameLine.text : "Họ và tên",
  );
  if (!isName) {
    findings.problem(problemAt("import/missing-part", lines.at(-1)!.at, "Không thấy họ tên người ký dưới chức vụ."));
    findings.review(signer, "name", "bản gốc không có họ tên người ký: điền vào");
  }
  if (signer.prefix && !lines.slice(1).some((l) => !PREFIX.test(l.text)))
    findings.review(signer, "title", "bản gốc chỉ có dòng thẩm quyền, không có chức vụ riêng của người ký");
  return signer;
}

/** Reads Nơi nhận and the signers, whatever their order, until something else. */
export function readSignature(cur: Cursor, findings: Findings): SignatureResult {
  const out: SignatureResult = { recipients: [], filing: { units: [] }, signers: [], recipientsFound: false };
  for (let l = cur.line(); l; l = cur.line()) {
    if (recipientsLabel(l) && !out.recipientsFound) readRecipients(cur, out, findings);
    else {
      const signer = readSigner(cur, findings);
      if (!signer) break;
      out.signers.push(signer);
    }
  }
  return out;
}
