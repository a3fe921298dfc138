// Each component of the header, the title, the signature and Nơi nhận set as Phần II says: its
// size, bold, italic and capitals (docs/nd30.md §2), read from what Word shows (run formatting
// over styles, src/docx-read/formatting.ts). One finding per line and property.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { type ComponentName, components } from "../../layout/nd30-ranges.js";
import { type AuditRule, pt } from "../context.js";
import { finding } from "../finding.js";
import { type Line, visibleRuns } from "../lines.js";
import { isCapitals } from "../recognise.js";

/** The sizes used in a line's visible runs (what Word shows). */
export function sizesOf(l: Line): number[] {
  const sizes = visibleRuns(l.p).map((r) => r.format?.sizePt ?? l.p.style.sizePt ?? 10);
  return [...new Set(sizes)];
}

const allRuns = (l: Line, key: "bold" | "italic"): boolean => {
  const runs = visibleRuns(l.p);
  return runs.length > 0 && runs.every((r) => r.format?.[key] ?? r[key] ?? l.p.style[key] ?? false);
};
const anyRun = (l: Line, key: "bold" | "italic"): boolean =>
  visibleRuns(l.p).some((r) => r.format?.[key] ?? r[key] ?? l.p.style[key] ?? false);

/** The findings of one line judged as `name`. */
export function judgeComponent(l: Line, name: ComponentName): Diagnostic[] {
  const rule = components[name];
  const out: Diagnostic[] = [];
  const [min, max] = rule.sizePt;
  const bad = sizesOf(l).filter((s) => s < min || s > max);
  if (bad.length > 0) {
    const want = min === max ? `${min}` : `${min}–${max}`;
    out.push(
      finding(
        "audit/font-size",
        l,
        `${rule.name} cỡ chữ ${bad.map(pt).join(", ")}, phải ${want} pt.`,
        `Chọn cả dòng, đặt cỡ chữ ${want}.`,
        {
          clause: rule.clause,
        },
      ),
    );
  }
  const bold = "bold" in rule ? rule.bold : undefined;
  if (bold === true && !allRuns(l, "bold"))
    out.push(finding("audit/bold", l, `${rule.name} phải in đậm.`, "Chọn cả dòng, bấm Ctrl+B.", { clause: rule.clause }));
  if (bold === false && anyRun(l, "bold"))
    out.push(finding("audit/bold", l, `${rule.name} không in đậm.`, "Chọn cả dòng, bỏ in đậm (Ctrl+B).", { clause: rule.clause }));
  const italic = "italic" in rule ? rule.italic : undefined;
  if (italic === true && !allRuns(l, "italic"))
    out.push(finding("audit/italic", l, `${rule.name} phải in nghiêng.`, "Chọn cả dòng, bấm Ctrl+I.", { clause: rule.clause }));
  if (italic === false && anyRun(l, "italic"))
    out.push(
      finding("audit/italic", l, `${rule.name} không in nghiêng.`, "Chọn cả dòng, bỏ in nghiêng (Ctrl+I).", { clause: rule.clause }),
    );
  if ("capitals" in rule && rule.capitals && !isCapitals(l))
    out.push(
      finding("audit/uppercase", l, `${rule.name} phải viết IN HOA: "${l.text}".`, `Viết: ${l.text.toLocaleUpperCase("vi")}`, {
        clause: rule.clause,
        suggestions: [l.text.toLocaleUpperCase("vi")],
      }),
    );
  return out;
}

export const componentFormats: AuditRule = ({ found }) => {
  const judged: [Line | undefined, ComponentName][] = [
    ...found.parent.map((l) => [l, "parent"] as [Line, ComponentName]),
    ...found.issuer.map((l) => [l, "issuer"] as [Line, ComponentName]),
    [found.quocHieu, "quocHieu"],
    [found.tieuNgu, "tieuNgu"],
    [found.so, "so"],
    [found.date, "date"],
    ...found.veViec.map((l) => [l, "veViec"] as [Line, ComponentName]),
    // Typed on one line with the trích yếu, the tên loại is judged with it (parts.ts reports the joining).
    [found.joinedTitle ? undefined : found.tenLoai, "tenLoai"],
    ...found.trichYeu.map((l) => [l, "trichYeu"] as [Line, ComponentName]),
    [found.kinhGui, "kinhGui"],
    ...found.signatures.flatMap((s) => [
      ...s.authority.map((l) => [l, "authority"] as [Line, ComponentName]),
      [s.name, "signerName"] as [Line | undefined, ComponentName],
    ]),
    [found.noiNhan, "noiNhanHeading"],
    ...found.recipients.map((l) => [l, "recipient"] as [Line, ComponentName]),
  ];
  return judged.flatMap(([l, name]) => (l ? judgeComponent(l, name) : []));
};
