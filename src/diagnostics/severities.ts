// The project's severities per code (cai-cach.config.yaml `rules`): "off" drops a diagnostic,
// "error"/"warning" overrides its severity. Codes that stop reading a file cannot be changed, nor
// those marked `fixed` (ignoring them would write a broken document).
import type { Diagnostic, RuleSeverity } from "./diagnostic.js";
import { isFixedSeverity } from "./codes.js";

export function applySeverities(diagnostics: readonly Diagnostic[], rules: Readonly<Record<string, RuleSeverity>>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const wanted = rules[d.code];
    if (wanted === undefined || isFixedSeverity(d.code)) out.push(d);
    else if (wanted !== "off") out.push(wanted === d.severity ? d : { ...d, severity: wanted });
  }
  return out;
}
