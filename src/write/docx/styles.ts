// Word paragraph styles, one per named style of the layout spec (src/layout/nd30.ts). The style id
// is the spec's key ("QuocHieu"), the name its displayName, so a clerk opening the file sees
// "Quốc hiệu" in Word's style list and can adjust it there; paragraphs only reference the id.

import { AlignmentType, LineRuleType } from "docx";
import type { IParagraphStyleOptions, IParagraphStylePropertiesOptions, IRunStylePropertiesOptions, IStylesOptions } from "docx";
import { font, styles, type Align, type ParagraphStyle, type StyleName } from "../../layout/nd30.js";
import { lineSpacingToWord, mmToTwip, ptToHalfPoint, ptToTwip } from "../../layout/units.js";

/** Times New Roman for every script range (I.4), so Word never falls back to a theme font. */
export const runFonts = {
  ascii: font.docxName,
  hAnsi: font.docxName,
  cs: font.docxName,
  eastAsia: font.docxName,
} as const;

/** Vietnamese for spelling and hyphenation (text is TCVN 6909:2001 Unicode, I.4). */
export const language = { value: "vi-VN", eastAsia: "vi-VN" } as const;

export const alignment: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** The run half of a spec style (Normal is neither bold nor italic, so only "on" is written). */
export const runOf = (style: ParagraphStyle): IRunStylePropertiesOptions => ({
  font: runFonts,
  size: ptToHalfPoint(style.sizePt),
  sizeComplexScript: ptToHalfPoint(style.sizePt),
  bold: style.bold,
  italics: style.italic,
  language,
});

export const paragraphStyleOf = (id: StyleName, style: ParagraphStyle): IParagraphStyleOptions => ({
  id,
  name: style.displayName,
  basedOn: "Normal",
  next: id,
  quickFormat: true,
  run: runOf(style),
  paragraph: {
    alignment: alignment[style.align],
    indent: style.firstLineIndentMm === undefined ? undefined : { firstLine: mmToTwip(style.firstLineIndentMm) },
    spacing: {
      before: ptToTwip(style.spaceBeforePt),
      after: ptToTwip(style.spaceAfterPt),
      line: lineSpacingToWord(style.lineSpacing),
      lineRule: LineRuleType.AUTO,
    },
    keepNext: style.keepWithNext,
  },
});

const styleNames = Object.keys(styles) as StyleName[];

/** The styles part: document defaults (font, language, body size) plus every spec style. */
export const stylesOf = (): IStylesOptions => ({
  default: {
    // Widow/orphan control on, as Word's own Normal has it and as the PDF writer breaks pages
    // (at least two lines of a paragraph on each side of a break). docx writes it through the
    // same paragraph properties as a paragraph's; only its style typing leaves it out.
    document: { run: runOf(styles.NoiDung), paragraph: { widowControl: true } as IParagraphStylePropertiesOptions },
  },
  paragraphStyles: styleNames.map((name) => paragraphStyleOf(name, styles[name])),
});
