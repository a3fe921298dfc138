// The pages' look on screen and in print: A4 sheets (Phụ lục I, I.1; a wide appendix in
// landscape, I.2) whose content and size are all in the SVG, in points. Tinos is
// metric-compatible with Times New Roman (docs/nd30.md §6); each word is placed at its own x, so
// a fallback font can only change a word's own width, never a line.

export const PAGE_CSS = `
.pages{background:#e8e8e8;margin:0;padding:16px 0}
.page{display:table;margin:0 auto 16px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3)}
.sheet{display:block;font-family:Tinos,"Times New Roman","Liberation Serif",serif;fill:#000}
.sheet line{stroke:#000}
@page{size:A4 portrait;margin:0}
@page wide{size:A4 landscape;margin:0}
@media print{.pages{background:none;padding:0}.page{margin:0;box-shadow:none;break-after:page}.page:has(.landscape){page:wide}}
`.trim();
