// What `diff` finds between two versions of a plan: a list of changes a reviewer reads, not a
// line diff. Values are kept raw (numbers, ISO dates); format-markdown.ts words them.

import type { Target } from "../model/plan.js";

/** Where a changed element sits, numbered as the rendered document numbers it. */
export interface NodeRef {
  kind: "section" | "item" | "appendix";
  id?: string;
  /** "điểm a khoản 2 mục II", "ý 3 khoản 1 mục I", "Phụ lục I". */
  label: string;
  /** The title, or the first words of the text, to recognise it by. */
  excerpt: string;
}

export type HeaderField =
  | "type"
  | "number"
  | "code"
  | "issuer.name"
  | "issuer.abbreviation"
  | "issuer.parent.name"
  | "issuer.parent.abbreviation"
  | "place"
  | "date"
  | "year"
  | "title"
  | "closing"
  | "signer.prefix"
  | "signer.authority"
  | "signer.title"
  | "signer.name"
  | "filing.units"
  | "filing.drafter"
  | "filing.copies";

export type ListField = "recipients" | "addressees" | "opening.text" | "opening.basis";

export type TargetField = keyof Target;

export type PlanChange =
  | { kind: "header"; field: HeaderField; before?: string | number; after?: string | number }
  | { kind: "list"; field: ListField; added: string[]; removed: string[]; reworded: { before: string; after: string }[] }
  | { kind: "agency-unit"; change: "added" | "removed" | "renamed"; id: string; before?: string; after?: string }
  | { kind: "added"; node: NodeRef; text: string; descendants: number }
  | { kind: "removed"; node: NodeRef; text: string; descendants: number }
  | { kind: "reworded"; node: NodeRef; part: "title" | "text"; before: string; after: string }
  | { kind: "moved"; node: NodeRef; from: string }
  | { kind: "target"; node: NodeRef; field: TargetField; before?: Target[TargetField]; after?: Target[TargetField] }
  | { kind: "units"; node: NodeRef; added: string[]; removed: string[] }
  | { kind: "table"; node: NodeRef; rowsAdded: number; rowsRemoved: number; rowsChanged: number; columnsChanged: boolean };
