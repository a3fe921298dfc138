// The font (Phụ lục I, I.4): Times New Roman. Each other font named by the document's text is
// reported once, at the first paragraph that shows it (a style or a pasted block usually brings it).
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { fontRule } from "../../layout/nd30-ranges.js";
import type { AuditRule } from "../context.js";
import { finding } from "../finding.js";
import { type Line, visibleRuns } from "../lines.js";

export const fonts: AuditRule = ({ lines, doc }) => {
  const first = new Map<string, { line: Line; count: number }>();
  for (const l of lines) {
    const named = new Set<string>();
    for (const r of visibleRuns(l.p)) {
      // A theme font ("+Body", Word's default Calibri or Aptos) is named by the theme.
      const theme = r.format?.themeFont;
      const name =
        r.format?.font ?? (theme ? (theme.startsWith("major") ? doc.themeFonts?.major : doc.themeFonts?.minor) : undefined) ?? r.font;
      // No name at all: what Word shows depends on the machine; not judged.
      if (name && !(fontRule.names as readonly string[]).includes(name)) named.add(name);
    }
    for (const name of named) {
      const seen = first.get(name);
      if (seen) seen.count++;
      else first.set(name, { line: l, count: 1 });
    }
  }
  const out: Diagnostic[] = [];
  for (const [name, { line, count }] of first)
    out.push(
      finding(
        "audit/font",
        line,
        `Chữ dùng phông "${name}"${count > 1 ? ` (${count} đoạn)` : ""}, phải là Times New Roman.`,
        "Chọn toàn bộ văn bản (Ctrl+A), chọn phông Times New Roman.",
      ),
    );
  return out;
};
