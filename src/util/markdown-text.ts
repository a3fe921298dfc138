// The one Markdown escaper for text that comes from a plan, a log or a note: what a Markdown
// reader (GitHub, a wiki, VS Code's preview) would take for markup is escaped, so the text shows
// as typed and never becomes a link, an image, HTML (<script>, <a href="javascript:…">), a
// table cell break ("|"), emphasis or code. Used by render --format md, report --format md and
// diff.

/** Inline: backslash, backtick, *, _, ~, |, <, >, [, ] escaped; a line break becomes a space. */
export function mdInline(text: string): string {
  return text.replace(/[\\`*_~|<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

/**
 * The start of a line, after mdInline: a heading "#", a quote ">", a list "+", a setext line "="
 * or a rule/list "-" would change what the line is. "- " followed by text stays: it is how the
 * decree's dash items are written, and reads as the same list in Markdown.
 */
export function mdLineStart(text: string): string {
  return text.replace(/^([#>+=])/, "\\$1").replace(/^-(?! \S)/, "\\-");
}

/** A paragraph of input text on a line of its own. */
export function mdParagraph(text: string): string {
  return mdLineStart(mdInline(text));
}

/** A code span: fenced by more backticks than any run inside it (CommonMark 6.1), on one line. */
export function mdCode(text: string): string {
  const flat = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 || flat.startsWith(" ") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
