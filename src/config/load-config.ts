// Loads cai-cach.config.yaml into a ProjectConfig, defaults filled, problems as diagnostics with
// file, line and column. The shape is schemas/config.schema.json (the loader of src/load reads
// it as it reads plans); the one thing the schema cannot say is which rule names exist: those
// are the registered codes (src/diagnostics/codes.ts), checked here with a did-you-mean.
import { dirname } from "node:path";
import { CODES } from "../diagnostics/codes.js";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { joinPointer } from "../diagnostics/pointer.js";
import { validate as generated } from "../load/config-validator.generated.js";
import { displayPath } from "../load/display-path.js";
import { loadDocumentSync } from "../load/load-document.js";
import { CONFIG_KIND } from "../load/schema-kinds.js";
import { schemaValidator } from "../load/schema-validator.js";
import { locateDiagnostics } from "../load/source-file.js";
import { defaultConfig, findConfigFile, type ProjectConfig, type RuleSeverity } from "./config.js";

const validate = schemaValidator(generated, CONFIG_KIND);

/** The config file as the schema accepts it. */
interface ConfigFile {
  report?: Partial<ProjectConfig["report"]> | null;
  rules?: Record<string, RuleSeverity> | null;
  limits?: Partial<ProjectConfig["limits"]> | null;
}

export function loadConfig(cwd: string): Result<ProjectConfig> {
  const file = findConfigFile(cwd);
  if (!file) return { value: defaultConfig(cwd), diagnostics: [] };
  const config: ProjectConfig = { ...defaultConfig(dirname(file)), file };
  const loaded = loadDocumentSync(file, displayPath(file, file, cwd), { validate, empty: {} });
  const unknown = unknownRules(loaded.parsed);
  const located = unknown.length > 0 && loaded.source ? locateDiagnostics(unknown, loaded.source, loaded.parsed) : unknown;
  const diagnostics = [...loaded.diagnostics, ...located];
  // A config with a problem is not applied at all: `check` fails on it anyway.
  if (loaded.data === undefined || located.length > 0) return { value: config, diagnostics };
  const data = loaded.data as ConfigFile;
  config.report = { ...config.report, ...(data.report ?? {}) };
  config.limits = { ...config.limits, ...(data.limits ?? {}) };
  config.rules = Object.assign(Object.create(null) as ConfigFile["rules"] & object, data.rules ?? {});
  return { value: config, diagnostics };
}

/** Rule names that are no code of cai-cach, read even when the schema found other problems. */
function unknownRules(parsed: unknown): Diagnostic[] {
  const rules = (parsed as ConfigFile | undefined)?.rules;
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) return [];
  return Object.keys(rules)
    .filter((code) => !KNOWN.has(code))
    .map(unknownRule);
}

const KNOWN: ReadonlySet<string> = new Set(CODES.map((c) => c.code));

/** A rule name that is no code of cai-cach: most often a typo, which would silently do nothing. */
function unknownRule(code: string): Diagnostic {
  const suggestions = didYouMean(code, KNOWN);
  return {
    code: "config/invalid",
    severity: "error",
    pointer: joinPointer("/rules", code),
    atKey: true,
    message: `Quy tắc "${code}" không có trong cai-cach nên mức đặt cho nó không có tác dụng.`,
    hint:
      suggestions.length > 0
        ? `Có phải ý bạn là "${suggestions[0]}"? Tên quy tắc là mã lỗi mà cai-cach check in ra, ví dụ rule/number-padding.`
        : "Tên quy tắc là mã lỗi mà cai-cach check in ra, ví dụ rule/number-padding.",
    suggestions,
  };
}
