// The source's characters, checked before anything is recognised, as `check` does for a plan:
// text typed in a legacy 8-bit encoding (TCVN3, VNI: Phụ lục I, I.4) is an error at its
// paragraph or line; decomposed Unicode (a base letter and its combining marks, as some Mac and
// PDF tools write it) is reported once and written precomposed (NFC).
import { detectLegacy, legacyName } from "../load/legacy-text.js";
import type { Entry, ReadSource } from "./entries.js";
import type { Problem } from "./recognise/findings.js";
import { problemAt } from "./recognise/problems.js";

function textsOf(e: Entry): string[] {
  return e.kind === "line" ? [e.text] : e.kind === "table" ? e.rows.flat() : [];
}

export function checkSourceText(src: ReadSource): { source: ReadSource; problems: Problem[] } {
  const problems: Problem[] = [];
  let decomposed: Entry | undefined;
  let decomposedCount = 0;
  for (const e of src.entries) {
    for (const t of textsOf(e)) {
      const kind = detectLegacy(t);
      if (kind)
        problems.push({
          ...problemAt(
            "text/legacy-encoding",
            e.at,
            `Chữ ở đây được gõ bằng bảng mã cũ ${legacyName(kind)}, không phải Unicode: "${t.slice(0, 40)}".`,
            "error",
          ),
          hint: `Chuyển mã bản gốc sang Unicode dựng sẵn (Unikey: Công cụ chuyển mã, nguồn ${kind === "tcvn3" ? "TCVN3" : "VNI Windows"}, đích Unicode) rồi nhập lại.`,
        });
      if (t !== t.normalize("NFC")) {
        decomposed ??= e;
        decomposedCount++;
      }
    }
  }
  if (decomposed)
    problems.push(
      problemAt(
        "import/decomposed",
        decomposed.at,
        `${decomposedCount} đoạn được gõ bằng Unicode tổ hợp (chữ và dấu tách rời); kế hoạch được ghi bằng Unicode dựng sẵn.`,
      ),
    );
  const nfc = (s: string): string => s.normalize("NFC");
  const entries = src.entries.map(
    (e): Entry =>
      e.kind === "line" ? { ...e, text: nfc(e.text) } : e.kind === "table" ? { ...e, rows: e.rows.map((r) => r.map(nfc)) } : e,
  );
  const footnotes = new Map([...src.footnotes].map(([k, v]) => [k, nfc(v)]));
  return { source: { ...src, entries, footnotes }, problems };
}
