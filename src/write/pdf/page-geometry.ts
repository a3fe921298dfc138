// The A4 page of the decree (Phụ lục I, I.1 and I.3) in points, from the layout spec.

import { page } from "../../layout/nd30.js";
import { mmToPt } from "../../layout/units.js";

export interface PageGeometry {
  width: number;
  height: number;
  left: number;
  top: number;
  /** Lowest y the text may reach (page height less the bottom margin). */
  bottom: number;
  textWidth: number;
  /** Top of the page-number line (I.7: in the top margin). */
  headerTop: number;
}

/** The page of a part: A4 portrait, or landscape for a wide table (I.2), with the same margins (I.3). */
export function pageGeometry(landscape = false): PageGeometry {
  const width = mmToPt(landscape ? page.heightMm : page.widthMm);
  const height = mmToPt(landscape ? page.widthMm : page.heightMm);
  const left = mmToPt(page.marginLeftMm);
  return {
    width,
    height,
    left,
    top: mmToPt(page.marginTopMm),
    bottom: height - mmToPt(page.marginBottomMm),
    textWidth: width - left - mmToPt(page.marginRightMm),
    headerTop: mmToPt(page.headerDistanceMm),
  };
}
