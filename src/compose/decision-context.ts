// The decision part of a Quyết định ban hành kế hoạch (the decree's model of a decision issuing
// an attached document, Phụ lục III): the authority line, căn cứ, "Theo đề nghị", the articles
// "Điều 1." with their clauses, and what the attached document's own first page says of it.
// Values only; "QUYẾT ĐỊNH:", "Điều", "(Ban hành kèm theo …)" are in templates/quyet-dinh.hbs.
import type { Decision, Plan } from "../model/plan.js";
import type { Shape } from "../templates/context-shape.js";
import { documentNumber } from "../model/document-number.js";
import { decreeDate } from "./document-context.js";
import { TYPE_NAMES } from "./document-types.js";

export interface ArticleContext {
  /** 1, 2, …: the template writes "Điều 1.". */
  number: number;
  /** Bold after "Điều 1." on a line of its own, or null: then the text runs on after the label. */
  title: string | null;
  paragraphs: string[];
  /** "1. …", "2. …", numbered here (II.6.b: khoản of an article). */
  clauses: string[];
}

export interface DecisionContext {
  /** The authority line(s), IN HOA; a line break the clerk typed is kept. */
  authority: string[];
  /** Căn cứ lines then "Theo đề nghị …", punctuated (II.6.a). */
  basis: string[];
  articles: ArticleContext[];
  /** The attached document's first page: its tên loại IN HOA, trích yếu and what issues it. */
  attachment: { typeName: string; title: string; number: string; date: string; issuedBy: string | null };
}

export const decisionShape: Shape<DecisionContext> = {
  authority: { each: true },
  basis: { each: true },
  articles: { each: { number: true, title: true, paragraphs: { each: true }, clauses: { each: true } } },
  attachment: { typeName: true, title: true, number: true, date: true, issuedBy: true },
};

const trimEnd = (s: string): string => s.trim().replace(/[;.,]+$/, "");
const asList = (t: string | string[] | undefined): string[] => (t === undefined ? [] : Array.isArray(t) ? t : [t]);

/** The last sentence of the last article ends the body with "./." (the models of Phụ lục III). */
function closeLast(articles: ArticleContext[]): ArticleContext[] {
  const last = articles[articles.length - 1];
  if (!last) return articles;
  const close = (s: string): string => `${trimEnd(s.replace(/\.\/\.$/, ""))}./.`;
  const closed =
    last.clauses.length > 0
      ? { ...last, clauses: [...last.clauses.slice(0, -1), close(last.clauses[last.clauses.length - 1])] }
      : last.paragraphs.length > 0
        ? { ...last, paragraphs: [...last.paragraphs.slice(0, -1), close(last.paragraphs[last.paragraphs.length - 1])] }
        : last;
  return [...articles.slice(0, -1), closed];
}

export function decisionContext(plan: Plan, decision: Decision): DecisionContext {
  const basis = [...(decision.basis ?? []), ...(decision.proposal ? [decision.proposal] : [])];
  const articles = decision.articles.map((a, i) => ({
    number: i + 1,
    title: a.title ?? null,
    paragraphs: asList(a.text),
    clauses: (a.clauses ?? []).map((c, k) => `${k + 1}. ${c}`),
  }));
  return {
    authority: decision.authority
      .toLocaleUpperCase("vi")
      .split(/\s*\n\s*/)
      .filter((l) => l !== ""),
    basis: basis.map((b, i) => `${trimEnd(b)}${i === basis.length - 1 ? "." : ";"}`),
    articles: closeLast(articles),
    attachment: {
      typeName: TYPE_NAMES[decision.attachment.type ?? "KH"].toLocaleUpperCase("vi"),
      title: decision.attachment.title,
      number: documentNumber(plan.number, plan.code),
      date: decreeDate(plan.date),
      issuedBy: decision.issuedBy ?? null,
    },
  };
}
