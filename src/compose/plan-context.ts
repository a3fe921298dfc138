// The context of templates/ke-hoach.hbs and templates/van-ban.hbs, typed (see
// src/templates/context-shape.ts for why each interface has a shape beside it). Values only:
// names, numbers, dates and the plan's own sentences; the fixed wording around them
// ("Phụ lục", "Kèm theo … số …") is in the templates.
import type { Shape } from "../templates/context-shape.js";
import { type HeaderContext, type SignatureContext, headerShape, signatureShape } from "./document-context.js";
import { type SectionContext, type TableContext, sectionShape, tableShape } from "./section-context.js";
import { type DecisionContext, decisionShape } from "./decision-context.js";
import { type TaskRowContext, taskRowShape } from "./task-appendix.js";

export interface AppendixContext {
  /** Roman numeral: the template writes "Phụ lục I"; null for a single appendix ("Phụ lục"). */
  number: string | null;
  /** On landscape pages: its table is too wide for portrait (Phụ lục I, I.2). */
  landscape: boolean;
  /** IN HOA; null for the generated task appendix without a title of its own (the template's). */
  title: string | null;
  subtitle: string | null;
  /** The document it belongs to: "(Kèm theo Kế hoạch số 175/KH-SVHTTDL ngày 27 tháng 01 năm 2022)". */
  attachedTo: { typeName: string; number: string; date: string };
  paragraphs: string[];
  sections: SectionContext[];
  table: TableContext | null;
  /** The generated task table's rows (src/compose/task-appendix.ts), or null. */
  tasks: TaskRowContext[] | null;
}

export interface PlanContext {
  /** Tên loại IN HOA, "KẾ HOẠCH" (ô 5a). */
  typeName: string;
  header: HeaderContext;
  title: string;
  addressees: string[];
  /** Căn cứ lines, punctuated (II.6.a), and the opening paragraphs. */
  opening: { basis: string[]; text: string[] };
  sections: SectionContext[];
  /** The closing sentence ending in "./.", or null. */
  closing: string | null;
  signature: SignatureContext;
  appendices: AppendixContext[];
  /** A Quyết định ban hành kế hoạch: the decision part (templates/quyet-dinh.hbs), else null. */
  decision: DecisionContext | null;
}

export const planContextShape: Shape<PlanContext> = {
  typeName: true,
  header: headerShape,
  title: true,
  addressees: { each: true },
  opening: { basis: { each: true }, text: { each: true } },
  sections: { each: sectionShape },
  closing: true,
  signature: signatureShape,
  appendices: {
    each: {
      number: true,
      landscape: true,
      title: true,
      subtitle: true,
      attachedTo: { typeName: true, number: true, date: true },
      paragraphs: { each: true },
      sections: { each: sectionShape },
      table: tableShape,
      tasks: { each: taskRowShape },
    },
  },
  decision: decisionShape,
};
