// A Quyết định ban hành (Phụ lục III): the authority's title, the căn cứ and "Theo đề nghị …",
// "QUYẾT ĐỊNH:", the articles ("Điều 1. …", or "Điều 2. Title" with its clauses 1., 2.), then
// the signature; the attached document follows on its own pages.
import type { Article, Decision } from "../../model/plan.js";
import type { Line } from "../entries.js";
import { type Cursor, fold, isUpper } from "./cursor.js";
import type { Findings } from "./findings.js";
import { startsSignature } from "./signature.js";

const strip = (s: string): string =>
  s
    .replace(/\.\/\.$/, "")
    .replace(/[;.,]+$/, "")
    .trim();

export const isDecisionWord = (l: Line): boolean => l.style === "QuyetDinh" || fold(l.text) === "quyet dinh:";

/** Whether the lines after the header are a decision's (an authority, căn cứ, then "QUYẾT ĐỊNH:"). */
export function looksLikeDecision(cur: Cursor): boolean {
  for (let i = 0; cur.line(i); i++) {
    const l = cur.line(i)!;
    if (isDecisionWord(l)) return true;
    if (/^(I\.|1\.|Điều\s+\d)/u.test(l.text)) return false;
  }
  return false;
}

/** A titled article: its style, bold in Markdown, or a short line without final punctuation. */
function isTitled(l: Line, rest: string): boolean {
  if (l.style) return l.style === "DieuTen";
  if (l.heading !== undefined || l.bold || l.marked) return l.heading !== undefined || l.bold;
  return rest.split(/\s+/).length <= 12 && !/[.;:]$/.test(rest);
}

export function readDecision(cur: Cursor, findings: Findings): Omit<Decision, "attachment"> {
  const authority: string[] = [];
  const basis: string[] = [];
  let proposal: string | undefined;
  for (let l = cur.line(); l && !isDecisionWord(l); l = cur.line()) {
    cur.next();
    if (l.style === "ThamQuyen" || (basis.length === 0 && isUpper(l.text))) authority.push(l.text);
    else if (/^Theo đề nghị/u.test(l.text)) proposal = strip(l.text);
    else basis.push(strip(l.text));
  }
  cur.next(); // QUYẾT ĐỊNH:
  const articles: Article[] = [];
  let article: Article | undefined;
  for (let l = cur.line(); l && !startsSignature(l); l = cur.line()) {
    cur.next();
    const m = /^Điều\s+\d+\s*\.\s*(.*)$/u.exec(l.text);
    if (m) {
      article = isTitled(l, m[1]!) ? { title: m[1]! } : m[1] ? { text: [strip2(m[1]!)] } : {};
      articles.push(article);
      continue;
    }
    if (!article) {
      article = { text: [] };
      articles.push(article);
      findings.review(article, "", `đoạn trước Điều 1 được đặt vào một điều: "${l.text.slice(0, 40)}"`);
    }
    const clause = /^\d+\.\s+(.*)$/u.exec(l.text);
    if (clause && article.title !== undefined) article.clauses = [...(article.clauses ?? []), strip2(clause[1]!)];
    else article.text = [...(Array.isArray(article.text) ? article.text : article.text ? [article.text] : []), strip2(l.text)];
  }
  for (const a of articles) if (Array.isArray(a.text) && a.text.length === 1) a.text = a.text[0];
  const decision: Omit<Decision, "attachment"> = { authority: authority.join(" "), articles };
  if (basis.length) decision.basis = basis;
  if (proposal) decision.proposal = proposal;
  return decision;
}

/** The "./." that ends the last article is the renderer's. */
const strip2 = (s: string): string => s.replace(/\.\/\.$/, "");
