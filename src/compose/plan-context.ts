// The context of templates/ke-hoach.hbs and templates/van-ban.hbs, typed (see
// src/templates/context-shape.ts for why each interface has a shape beside it). Values only:
// names, numbers, dates and the plan's own sentences; the fixed wording around them
// ("Phụ lục", "Kèm theo … số …") is in the templates.
import type { Shape } from "../templates/context-shape.js";
import { type HeaderContext, type SignatureContext, headerShape, signatureShape } from "./document-context.js";
import { type SectionContext, type TableContext, sectionShape, tableShape } from "./section-context.js";

export interface AppendixContext {
  /** Roman numeral: the template writes "Phụ lục I". */
  number: string;
  /** IN HOA. */
  title: string;
  subtitle: string | null;
  /** The document it belongs to: "(Kèm theo Kế hoạch số 175/KH-SVHTTDL ngày 27 tháng 01 năm 2022)". */
  attachedTo: { typeName: string; number: string; date: string };
  paragraphs: string[];
  sections: SectionContext[];
  table: TableContext | null;
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
      title: true,
      subtitle: true,
      attachedTo: { typeName: true, number: true, date: true },
      paragraphs: { each: true },
      sections: { each: sectionShape },
      table: tableShape,
    },
  },
};
