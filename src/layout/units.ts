// Every unit conversion in one place. Word counts in twips (1/20 pt) and half-points;
// PDF in points; the decree in millimetres and points.

export const PT_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const mmToTwip = (mm: number): number => Math.round(mmToPt(mm) * 20);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
export const ptToHalfPoint = (pt: number): number => Math.round(pt * 2);
/** docx borders are measured in eighths of a point. */
export const ptToEighthPoint = (pt: number): number => Math.round(pt * 8);
/** Word's "auto" line spacing counts in 240ths of a single line (ECMA-376 §17.3.1.33). */
export const lineSpacingToWord = (multiple: number): number => Math.round(multiple * 240);
