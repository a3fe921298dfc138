// The rules under the agency name and the trích yếu are a fraction of the line above them
// (Phụ lục I, ô 2 and ô 5a), so composing needs to know how wide that line is once wrapped:
// measured by the one line breaker (src/layout/paragraph-lines.ts), the lines the writers draw.

import type { StyleName } from "../layout/nd30.js";
import { lineWidths } from "../layout/paragraph-lines.js";

/** Width of the widest line of `text` set in `style` inside a container `maxWidthPt` wide. */
export function widestLine(text: string, style: StyleName, maxWidthPt: number): number {
  const widths = lineWidths(text, style, maxWidthPt);
  return widths.length ? Math.max(...widths) : 0;
}
