// Scalars of the plain YAML subset (plain-yaml.ts): plain text, numbers, booleans and null as
// the YAML 1.2 core schema resolves them, and quoted strings; anything unusual bails.

/** Thrown to give up on a document: the caller then uses a full parser. */
export class Bail extends Error {}

export const bail = (): never => {
  throw new Bail();
};

/** The value of a complete quoted scalar, its quotes included. */
export function unquote(token: string): string {
  const body = token.slice(1, -1);
  if (token[0] === "'") return body.replace(/''/g, "'");
  if (/\\[^"\\/bfnrt]/.test(body)) bail();
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return bail();
  }
}

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const INT = /^[-+]?[0-9]+$/;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * A plain scalar outside nested flow. Numbers, booleans and null as the core schema spells
 * them; text that merely looks like one ("1a", "-x", "tRUE") bails. That strictness is on
 * purpose: `log add` writes a string plain only when this reads it back as the same string
 * (src/logs/entry-yaml.ts), so what it accepts as text decides how new log lines look.
 */
export function plain(text: string): unknown {
  if (text === "" || text.includes(": ") || text.endsWith(":")) bail();
  const c = text.charCodeAt(0);
  // Digits, signs and dots start numbers (and dates); anything else is text unless it is an indicator.
  const numeric = (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46;
  if (!numeric && INDICATOR.test(text)) bail();
  if (text.length <= 5 && (text === "~" || /^(null|true|false)$/i.test(text))) {
    const value = scalar(text);
    return typeof value === "string" ? bail() : value;
  }
  if (!numeric) return text;
  // The common numeric spellings of a log (dates, counts) before the general resolution.
  if (DATE.test(text)) return text;
  if (INT.test(text)) return int(text);
  const value = scalar(text);
  if (typeof value === "number") return value;
  return bail();
}

/** YAML 1.2 core schema resolution of a plain scalar; anything unusual bails. */
export function scalar(raw: string): unknown {
  if (raw === "" || raw === "~" || raw === "null" || raw === "Null" || raw === "NULL") return null;
  if (/^(true|True|TRUE)$/.test(raw)) return true;
  if (/^(false|False|FALSE)$/.test(raw)) return false;
  if (INT.test(raw)) return int(raw);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(raw)) {
    const n = Number(raw);
    return Object.is(n, -0) ? bail() : n;
  }
  if (/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(raw) || /^0[ox]/.test(raw)) bail();
  return raw;
}

function int(raw: string): number {
  const n = Number(raw);
  return !Number.isSafeInteger(n) || Object.is(n, -0) ? bail() : n;
}
