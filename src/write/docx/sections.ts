// One Word section per Part (Phụ lục I, I.7 and III.1.đ): each starts on a new page, restarts
// its page numbers at 1, and shows no number on its first page ("different first page").

import { Header, PageNumber, PageOrientation, Paragraph as DocxParagraph, SectionType, TextRun } from "docx";
import type { ISectionOptions } from "docx";
import { page } from "../../layout/nd30.js";
import { mmToTwip } from "../../layout/units.js";

/**
 * The text width exactly as Word computes it from the section's own (rounded) twips, so a rule or
 * a data table measured against it lines up with the margins to the twip.
 */
export const textWidthTwip = (landscape = false): number =>
  mmToTwip(landscape ? page.heightMm : page.widthMm) - mmToTwip(page.marginLeftMm) - mmToTwip(page.marginRightMm);

type SectionChildren = ISectionOptions["children"];

/** The page number: a PAGE field centred in the top margin, style SoTrang (I.7). */
const numberedHeader = (): Header =>
  new Header({ children: [new DocxParagraph({ style: "SoTrang", children: [new TextRun({ children: [PageNumber.CURRENT] })] })] });

/** The first page of each part carries no number (I.7): an explicit empty header. */
const emptyHeader = (): Header => new Header({ children: [new DocxParagraph({ style: "SoTrang", children: [] })] });

export const sectionOf = (children: SectionChildren, landscape = false): ISectionOptions => ({
  properties: {
    type: SectionType.NEXT_PAGE,
    titlePage: true,
    page: {
      // I.1: A4 portrait (landscape for a wide table, I.2; the docx package swaps the sides);
      // I.3: margins; header distance from the government's model files.
      size: {
        width: mmToTwip(page.widthMm),
        height: mmToTwip(page.heightMm),
        ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}),
      },
      margin: {
        top: mmToTwip(page.marginTopMm),
        right: mmToTwip(page.marginRightMm),
        bottom: mmToTwip(page.marginBottomMm),
        left: mmToTwip(page.marginLeftMm),
        header: mmToTwip(page.headerDistanceMm),
      },
      pageNumbers: { start: 1 },
    },
  },
  headers: { default: numberedHeader(), first: emptyHeader() },
  children,
});
