// Plan → document tree: builds the template context of a plan (header, title, opening, body,
// closing, signature, appendices) and composes it with templates/ke-hoach.hbs (type KH) or
// the generic templates/van-ban.hbs. Order and fixed wording live in the templates.
import type { Plan } from "../model/plan.js";
import type { Result } from "../diagnostics/diagnostic.js";
import type { DocumentTree } from "./tree.js";
import { composeDocument } from "./compose-document.js";
import { decreeDate, headerContext, signatureContext } from "./document-context.js";
import { documentNumber } from "../model/document-number.js";
import { sectionContexts, tableContext } from "./section-context.js";
import { type Level, numberingLevels, roman } from "../model/numbering.js";
import { tables } from "../layout/nd30.js";
import { decisionContext } from "./decision-context.js";
import { taskRows } from "./task-appendix.js";
import { attachFootnotes } from "./footnotes.js";
import { TYPE_NAMES, templateFor } from "./document-types.js";
import type { AppendixContext, PlanContext } from "./plan-context.js";

const upper = (s: string): string => s.toLocaleUpperCase("vi");

/** Căn cứ lines end with ";", the last with "." (Phụ lục I, II.6.a). */
export function basisLines(basis: string[]): string[] {
  return basis.map((b, i) => `${b.trim().replace(/[;.,]+$/, "")}${i === basis.length - 1 ? "." : ";"}`);
}

/** The closing sentence with the "./." that ends the body in the models of Phụ lục III. */
export function closingLine(closing: string): string {
  return `${closing
    .trim()
    .replace(/\.\/\.$/, "")
    .replace(/[.;,]+$/, "")}./.`;
}

/** The plan's own appendices, then the generated task appendix when asked for. */
function appendixContexts(plan: Plan, levels: Level[]): AppendixContext[] {
  const typeName = TYPE_NAMES[plan.type];
  const attachedTo = { typeName, number: documentNumber(plan.number, plan.code), date: decreeDate(plan.date) };
  const own = (plan.appendices ?? []).map(
    (a): Omit<AppendixContext, "number"> => ({
      landscape: (a.table?.columns.length ?? 0) > tables.portraitMaxColumns,
      title: upper(a.title),
      subtitle: a.subtitle ?? null,
      attachedTo,
      paragraphs: Array.isArray(a.text) ? a.text : a.text === undefined ? [] : [a.text],
      sections: sectionContexts(a.sections ?? [], plan.units, levels),
      table: a.table ? tableContext(a.table) : null,
      tasks: null,
    }),
  );
  const generated: Omit<AppendixContext, "number">[] = plan.taskAppendix
    ? [
        {
          landscape: true,
          title: plan.taskAppendix.title ? upper(plan.taskAppendix.title) : null,
          subtitle: null,
          attachedTo,
          paragraphs: [],
          sections: [],
          table: null,
          tasks: taskRows(plan),
        },
      ]
    : [];
  const all = [...own, ...generated];
  // A single appendix is "Phụ lục", several are "Phụ lục I", "Phụ lục II" … (practice of the models).
  return all.map((a, i) => ({ ...a, number: all.length === 1 ? null : roman(i + 1) }));
}

export function planContext(plan: Plan): PlanContext {
  const typeName = TYPE_NAMES[plan.type];
  const levels = numberingLevels(plan.numbering);
  // Appendices are numbered from their mục, without the body's phần (as src/model/walk-plan.ts).
  const appendixLevels = levels.filter((l) => l !== "phan");
  return {
    typeName: upper(typeName),
    header: headerContext(plan),
    title: plan.title,
    opening: {
      basis: basisLines(plan.opening?.basis ?? []),
      text: plan.opening?.text ?? [],
    },
    sections: sectionContexts(plan.body, plan.units, levels),
    closing: plan.closing ? closingLine(plan.closing) : null,
    addressees: plan.addressees ?? [],
    signature: signatureContext(plan),
    appendices: appendixContexts(plan, appendixLevels),
    decision: plan.decision ? decisionContext(plan, plan.decision) : null,
  };
}

export function composePlan(plan: Plan, opts: { projectRoot?: string } = {}): Result<DocumentTree> {
  const issuer = plan.issuer.name;
  const composed = composeDocument(templateFor(plan), planContext(plan), {
    projectRoot: opts.projectRoot,
    meta: {
      title: `${TYPE_NAMES[plan.type]} ${documentNumber(plan.number, plan.code)}: ${plan.title}`,
      subject: plan.title,
      author: issuer,
      date: plan.date,
    },
  });
  return composed.value ? { ...composed, value: attachFootnotes(composed.value, plan.footnotes) } : composed;
}
