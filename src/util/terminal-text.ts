// The one sanitiser for text on its way to a terminal. A plan, a log or a file name can hold
// control characters; printed raw, ESC sequences erase lines, move the cursor, paint a fake green
// "không có lỗi" or retitle the window, and a bare CR overwrites the line before it. Every such
// character is shown as a visible stand-in instead: C0 controls as their Unicode control
// pictures (ESC → ␛ U+241B, CR → ␍), DEL as ␡, C1 controls, bidirectional overrides and line
// separators as <U+XXXX>. Tab and line feed are layout and stay; CR stays only before LF.
// Machine formats (JSON, SARIF, JUnit XML) do not use this: they escape by their own rules.

/** Characters a terminal may act on: C0 (minus tab, LF), DEL, C1, bidi controls, LS/PS. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "gu");

/** The visible stand-in of one unsafe character. */
export function visibleChar(c: string): string {
  const n = c.codePointAt(0) ?? 0;
  if (n < 0x20) return String.fromCodePoint(0x2400 + n);
  if (n === 0x7f) return "\u2421";
  return `<U+${n.toString(16).toUpperCase().padStart(4, "0")}>`;
}

export function hasControl(text: string): boolean {
  return UNSAFE.test(text);
}

/** `text` with every control character made visible (CR kept only as part of CRLF). */
export function visible(text: string): string {
  return text.replace(UNSAFE_ALL, (c, offset: number) => (c === "\r" && text[offset + 1] === "\n" ? c : visibleChar(c)));
}

/** Text that must stay on one line (a name, a cell): `visible`, line feeds and tabs included. */
export function visibleLine(text: string): string {
  return visible(text).replace(/[\t\n]/g, visibleChar);
}

/** Any control character at all, line breaks and tabs included. */
export function hasLineBreakOrControl(text: string): boolean {
  return /[\t\n]/.test(text) || hasControl(text);
}

/**
 * Text coloured by cai-cach's own painter, every field from an input already made visible: the
 * only text whose SGR colour sequences the stream guard lets through. Everything else written to
 * a terminal is plain text, and any ESC in it is shown, never obeyed.
 */
export class PaintedText {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** SGR ("Select Graphic Rendition") colour sequences as the painter writes them, and nothing else. */
const SGR = /\u001b\[[0-9;]*m/gu;

/**
 * The guard on the process's streams for painted text: `visible`, except SGR colour sequences
 * when colour is on (the painter's own; fields from inputs were made visible before painting).
 */
export function terminalSafe(text: string, opts: { colour: boolean }): string {
  if (!opts.colour) return visible(text);
  let out = "";
  let last = 0;
  for (const m of text.matchAll(SGR)) {
    out += visible(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + visible(text.slice(last));
}

/** Characters JSON.stringify leaves raw that a terminal may act on: DEL, C1, bidi controls, LS/PS. */
const RAW_IN_JSON = /[\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;
const hex4 = (c: string): string => (c.codePointAt(0) ?? 0).toString(16).padStart(4, "0");

/** JSON text (from JSON.stringify) with those characters as \uXXXX escapes: the same data, safe to print. */
export function jsonEscaped(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${hex4(c)}`);
}

/** XML text or attribute content: C0 controls XML 1.0 cannot hold become visible stand-ins, the others character references. */
export function xmlControlsEscaped(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, (c) =>
      c === "\uFFFE" || c === "\uFFFF" ? "\uFFFD" : visibleChar(c),
    )
    .replace(RAW_IN_JSON, (c) => `&#x${hex4(c).toUpperCase()};`);
}
