// The template that lays out each document type; their names are in src/model/document-type-names.ts.
import { TYPE_NAMES } from "../model/document-type-names.js";
import type { DocumentTypeCode } from "../model/plan.js";

export { TYPE_NAMES };

/** Template of each type that has its own; the others use the generic "van-ban". */
const TEMPLATES: Partial<Record<DocumentTypeCode, string>> = { KH: "ke-hoach", CV: "cong-van" };

/** The template of a document: a decision issuing a plan has its own (the decree's model). */
export function templateFor(doc: { type: DocumentTypeCode; decision?: unknown }): string {
  if (doc.decision !== undefined) return "quyet-dinh";
  return TEMPLATES[doc.type] ?? "van-ban";
}
