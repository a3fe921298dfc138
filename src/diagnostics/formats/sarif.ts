// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for GitHub code scanning,
// GitLab and other systems that read it. One run; the tool's rules carry the Vietnamese
// description of each diagnostic code; results point at file, line and column.

import type { Diagnostic } from "../diagnostic.js";
import type { Formatter } from "./types.js";
import { CODES } from "../codes.js";
import { jsonEscaped } from "../../util/terminal-text.js";

const PACKAGE_VERSION = "0.1.0";

/** A diagnostic code as described to other tools (from src/check/codes.ts). */
export interface RuleInfo {
  code: string;
  /** One Vietnamese sentence: what the rule checks. */
  description: string;
  severity?: "error" | "warning";
  clause?: string;
}

export interface SarifOptions {
  rules?: readonly RuleInfo[];
  version?: string;
}

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

export function formatSarif(diagnostics: readonly Diagnostic[], opts: SarifOptions = {}): string {
  const known = new Map((opts.rules ?? []).map((r) => [r.code, r]));
  // Every known rule, then any code met that the list lacks, so each result has its rule.
  const codes = [...known.keys()];
  for (const d of diagnostics) if (!known.has(d.code) && !codes.includes(d.code)) codes.push(d.code);
  const index = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) => {
    const info = known.get(code);
    const met = diagnostics.find((d) => d.code === code);
    const description = info?.description ?? met?.message ?? code;
    return {
      id: code,
      name: code.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: description },
      fullDescription: { text: [description, info?.clause ?? met?.clause].filter(Boolean).join(" — ") },
      defaultConfiguration: { level: info?.severity ?? met?.severity ?? "error" },
      ...(info?.clause ? { properties: { clause: info.clause } } : {}),
    };
  });
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: index.get(d.code)!,
    level: d.severity === "error" ? "error" : "warning",
    message: { text: [d.message, d.hint ? `Gợi ý: ${d.hint}` : ""].filter(Boolean).join("\n") },
    ...(d.file ? { locations: [location(d)] } : {}),
    ...(d.suggestions?.length || d.clause
      ? { properties: { ...(d.suggestions?.length ? { suggestions: d.suggestions } : {}), ...(d.clause ? { clause: d.clause } : {}) } }
      : {}),
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "cai-cach",
            version: opts.version ?? "0.1.0",
            informationUri: "https://www.npmjs.com/package/cai-cach",
            language: "vi",
            rules,
          },
        },
        // Columns come from JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${jsonEscaped(JSON.stringify(log, null, 2))}\n`;
}

function location(d: Diagnostic) {
  const region =
    d.line !== undefined
      ? {
          startLine: d.line,
          startColumn: d.column ?? 1,
          ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
          ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
        }
      : undefined;
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(d.file!.split("\\").join("/")) },
      ...(region ? { region } : {}),
    },
    // A paragraph of a DOCX (audit): SARIF's logical location, since a binary file has no lines.
    ...(d.place && !region
      ? { logicalLocations: [{ name: d.place.where, kind: "paragraph", properties: { paragraph: d.place.paragraph } }] }
      : {}),
  };
}

/** The `--format sarif` entry of the registry: every code of src/check/codes.ts as a rule. */
export const sarif: Formatter = (diagnostics) => formatSarif(diagnostics, { rules: CODES, version: PACKAGE_VERSION });
