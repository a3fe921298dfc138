// `audit` on one DOCX: read it (src/docx-read), find the decree's components, run every rule.
// Findings are diagnostics at a paragraph ("đoạn 12 …") or the page's header or footer; an
// unreadable file is one fatal diagnostic. Pure: bytes in, diagnostics out.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ARCHIVE_HINT, archiveProblem } from "../docx-read/archive-problem.js";
import { DocxArchiveError, readDocx } from "../docx-read/read-docx.js";
import type { AuditContext, AuditRule } from "./context.js";
import { documentLines } from "./lines.js";
import { type Recognised, recognise } from "./recognise.js";
import { bodyText } from "./rules/body.js";
import { componentFormats } from "./rules/components.js";
import { drawnRules } from "./rules/drawn-rules.js";
import { fonts } from "./rules/fonts.js";
import { headings } from "./rules/headings.js";
import { padding } from "./rules/padding.js";
import { pageNumbers } from "./rules/page-numbers.js";
import { pageSetup } from "./rules/page.js";
import { addressees, fixedText, requiredParts } from "./rules/parts.js";
import { recipients } from "./rules/recipients.js";
import { signatures } from "./rules/signature.js";
import { textRules } from "./rules/text.js";

export const AUDIT_RULES: readonly AuditRule[] = [
  pageSetup,
  pageNumbers,
  fonts,
  requiredParts,
  fixedText,
  componentFormats,
  drawnRules,
  padding,
  addressees,
  bodyText,
  headings,
  signatures,
  recipients,
  textRules,
];

export interface Audited {
  diagnostics: Diagnostic[];
  /** What was recognised, for the summary line ("kế hoạch", "công văn"). */
  found?: Recognised;
}

export function auditDocx(bytes: Uint8Array, file: string): Audited {
  let ctx: AuditContext;
  try {
    const doc = readDocx(bytes);
    const lines = documentLines(doc);
    ctx = { doc, lines, found: recognise(lines) };
  } catch (err) {
    if (!(err instanceof DocxArchiveError)) throw err;
    return { diagnostics: [notADocx(file, err)] };
  }
  const diagnostics = AUDIT_RULES.flatMap((rule) => rule(ctx)).map((d) => ({ ...d, file }));
  return { diagnostics, found: ctx.found };
}

function notADocx(file: string, err: DocxArchiveError): Diagnostic {
  return {
    code: "audit/not-a-docx",
    severity: "error",
    file,
    message: `Không đọc được "${file}" như một văn bản Word (.docx): ${archiveProblem(err)}.`,
    hint: ARCHIVE_HINT,
  };
}
