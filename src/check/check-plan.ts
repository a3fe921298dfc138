// The clerk's rules on a schema-valid plan, in a fixed order (diagnostics are sorted by position
// when printed). Each rule lives in src/check/rules/<rule>.ts and cites its clause.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Plan } from "../model/plan.js";
import type { Rule } from "./rule.js";
import { idsUnique } from "./rules/ids-unique.js";
import { unitReferences } from "./rules/unit-references.js";
import { codeMatches } from "./rules/code-matches.js";
import { dates } from "./rules/dates.js";
import { citedDocuments } from "./rules/cited-documents.js";
import { signer } from "./rules/signer.js";
import { uppercase } from "./rules/uppercase.js";
import { filing } from "./rules/filing.js";
import { recipients } from "./rules/recipients.js";
import { typedLabels } from "./rules/typed-labels.js";
import { sectionShape } from "./rules/section-shape.js";
import { tableShape } from "./rules/table-shape.js";
import { toneStyle } from "./rules/tone-style.js";
import { lookalike } from "./rules/lookalike.js";
import { fontCoverage } from "./rules/font-coverage.js";
import { placeholders } from "./rules/placeholders.js";
import { numberBlank } from "./rules/number-blank.js";
import { footnoteRefs } from "./rules/footnotes.js";

export const PLAN_RULES: readonly Rule[] = [
  idsUnique,
  unitReferences,
  codeMatches,
  dates,
  citedDocuments,
  signer,
  uppercase,
  filing,
  recipients,
  typedLabels,
  sectionShape,
  tableShape,
  toneStyle,
  lookalike,
  fontCoverage,
  placeholders,
  numberBlank,
  footnoteRefs,
];

export function checkPlanRules(plan: Plan): Diagnostic[] {
  return PLAN_RULES.flatMap((rule) => rule(plan));
}
