// Page numbers (Phụ lục I, I.7): Arabic, 13–14 pt, upright, centred in the top margin, none on the
// first page; each appendix numbered on its own. Read from the PAGE fields of each part's headers
// and footers and its "different first page" setting, as Word decides which header a page shows.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { DocxParagraph, DocxSection } from "../../docx-read/types.js";
import { pageNumberRule } from "../../layout/nd30-ranges.js";
import { type AuditRule, pt } from "../context.js";
import { finding, pagePlace } from "../finding.js";
import { partParagraphs } from "../lines.js";

const hasPage = (ps: DocxParagraph[]): DocxParagraph | undefined => ps.find((p) => p.fields?.includes("PAGE"));

/** A document this long surely runs over a page (about 2 500 characters of 14 pt text fill A4). */
const MULTI_PAGE_CHARS = 3000;

/** The header Word shows on a part's first page and on the others (a part without its own inherits the previous part's). */
function headersOf(sections: readonly DocxSection[], i: number, kind: "headers" | "footers") {
  const own = (k: string): DocxParagraph[] | undefined => {
    for (let j = i; j >= 0; j--) {
      const blocks = sections[j]![kind].get(k);
      if (blocks) return partParagraphs(blocks);
    }
    return undefined;
  };
  const other = own("default") ?? [];
  return { first: sections[i]!.page.titlePage ? (own("first") ?? []) : other, other };
}

export const pageNumbers: AuditRule = ({ doc, lines }) => {
  const out: Diagnostic[] = [];
  const n = doc.sections.length;
  let numbered = false;
  doc.sections.forEach((_, i) => {
    const head = headersOf(doc.sections, i, "headers");
    const foot = headersOf(doc.sections, i, "footers");
    if (i === 0 && (hasPage(head.first) || hasPage(foot.first)))
      out.push(
        finding(
          "audit/page-number-first",
          pagePlace(hasPage(head.first) ? "đầu trang" : "chân trang", i, n),
          "Trang đầu của văn bản có số trang: trang đầu không đánh số.",
          "Trong Word: Insert → Header → Edit Header, đánh dấu Different First Page.",
        ),
      );
    const inHeader = hasPage(head.other);
    const inFooter = hasPage(foot.other) ?? hasPage(foot.first);
    if (inHeader) {
      numbered = true;
      const align = inHeader.format?.align ?? inHeader.align ?? inHeader.style.align;
      const at = pagePlace("đầu trang", i, n);
      if (align !== "center")
        out.push(finding("audit/page-number", at, "Số trang không căn giữa.", "Chọn số trang ở đầu trang, bấm Ctrl+E (căn giữa)."));
      const size = inHeader.runs[0]?.format?.sizePt ?? inHeader.style.sizePt;
      const [min, max] = pageNumberRule.sizePt;
      if (size !== undefined && (size < min || size > max))
        out.push(
          finding(
            "audit/page-number",
            at,
            `Số trang cỡ chữ ${pt(size)}, phải ${min}–${max} pt.`,
            `Chọn số trang, đặt cỡ chữ ${min} hoặc ${max}.`,
          ),
        );
    } else if (inFooter) {
      numbered = true;
      out.push(
        finding(
          "audit/page-number",
          pagePlace("chân trang", i, n),
          "Số trang đặt ở chân trang: số trang đặt ở giữa, phía trên đầu trang (lề trên).",
          "Xóa số trang ở chân trang; Insert → Page Number → Top of Page → Plain Number 2.",
        ),
      );
    }
  });
  const chars = lines.reduce((a, l) => a + l.text.length, 0);
  if (!numbered && chars > MULTI_PAGE_CHARS)
    out.push(
      finding(
        "audit/page-number",
        pagePlace("đầu trang", 0, 1),
        "Văn bản nhiều trang nhưng không có số trang.",
        "Insert → Page Number → Top of Page → Plain Number 2 (căn giữa), rồi đánh dấu Different First Page.",
      ),
    );
  return out;
};
