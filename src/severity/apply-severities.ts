// Severities per rule from cai-cach.config.yaml (`rules: { "rule/number-padding": warning }`),
// as ESLint and Spectral let a project tune its rules. The check command calls this once, after
// collecting every diagnostic and before formatting them.
//
// Problems that make a plan unreadable or undrawable (YAML, encoding, schema, config itself)
// cannot be lowered: a plan that passes `check` must render as an official document.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { RuleSeverity } from "../config/config.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";

/** Code prefixes whose severity a project may not change. */
export const LOCKED_PREFIXES = ["yaml/", "load/", "schema/", "config/"] as const;

export interface SeverityOptions {
  /** Every diagnostic code cai-cach knows (src/check/codes.ts), to flag misspelt rule names. */
  knownCodes?: readonly string[];
  /** The config file, for the location of problems with the settings themselves. */
  configFile?: string;
}

export const isLocked = (code: string): boolean => LOCKED_PREFIXES.some((p) => code.startsWith(p));

/** The configured severity of a code: exact code first, then the longest "prefix/*" pattern. */
export function severityFor(code: string, rules: Readonly<Record<string, RuleSeverity>>): RuleSeverity | undefined {
  if (isLocked(code)) return undefined;
  if (rules[code]) return rules[code];
  let best: [number, RuleSeverity] | undefined;
  for (const [pattern, sev] of Object.entries(rules)) {
    if (!pattern.endsWith("/*")) continue;
    const prefix = pattern.slice(0, -1);
    if (code.startsWith(prefix) && (!best || prefix.length > best[0])) best = [prefix.length, sev];
  }
  return best?.[1];
}

/**
 * Diagnostics with the project's severities applied ("off" drops them), followed by warnings
 * about settings that name no known rule or try to lower a locked one.
 */
export function applySeverities(
  diagnostics: readonly Diagnostic[],
  rules: Readonly<Record<string, RuleSeverity>>,
  opts: SeverityOptions = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const sev = severityFor(d.code, rules);
    if (sev === "off") continue;
    out.push(sev && sev !== d.severity ? { ...d, severity: sev } : d);
  }
  return [...out, ...settingProblems(rules, opts)];
}

function settingProblems(rules: Readonly<Record<string, RuleSeverity>>, opts: SeverityOptions): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const code of Object.keys(rules)) {
    const where = { file: opts.configFile, pointer: `/rules/${code.replace(/~/g, "~0").replace(/\//g, "~1")}`, atKey: true };
    if (isLocked(code)) {
      problems.push({
        code: "config/rule-locked", severity: "warning", ...where,
        message: `Không thể đổi mức của "${code}": lỗi này làm kế hoạch không đọc được hoặc không in được thành văn bản.`,
        hint: `Bỏ dòng "${code}" khỏi mục rules của cai-cach.config.yaml và sửa lỗi trong kế hoạch.`,
      });
      continue;
    }
    if (!opts.knownCodes || code.endsWith("/*")) continue;
    if (!opts.knownCodes.includes(code)) {
      const suggestions = didYouMean(code, opts.knownCodes);
      problems.push({
        code: "config/unknown-rule", severity: "warning", ...where,
        message: `Không có quy tắc nào tên "${code}".`,
        hint: suggestions.length ? `Có phải là "${suggestions[0]}"?` : "Xem danh sách mã lỗi bằng cai-cach check --format sarif.",
        suggestions,
      });
    }
  }
  return problems;
}
