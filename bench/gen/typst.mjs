// The seed plan as a Typst document, for the Typst reference: the same words and structure as the
// Markdown of gen/markdown.mjs (so as pandoc gets), set as the decree sets them — A4, margins
// 20/15/20/30 mm, 14 pt Times-metric serif, justified paragraphs with a 1 cm first-line indent.
import { writeFileSync } from "node:fs";
import { seedMarkdown } from "./markdown.mjs";

// Typst markup characters in the plan's text: escaped so they print as written.
const typstText = (s) => s.replace(/[\\#*_`$@<>[\]=~/-]/g, (c) => `\\${c}`);

/** Markdown lines (headings, **bold**, *italic*, "- " items, paragraphs) → Typst markup. */
export function seedTypst(font) {
  const out = [
    '#set page(paper: "a4", margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 15mm), numbering: "1")',
    `#set text(font: ${JSON.stringify(font)}, size: 14pt, lang: "vi")`,
    "#set par(justify: true, first-line-indent: 1cm, spacing: 6pt)",
    "#show heading: set text(size: 14pt)",
    "",
  ];
  for (const line of seedMarkdown().split("\n")) {
    const heading = /^(#+) (.*)$/.exec(line);
    const bold = /^\*\*(.*)\*\*( {2})?$/.exec(line);
    const italic = /^\*(.*)\*$/.exec(line);
    if (heading) out.push(`${"=".repeat(heading[1].length)} ${typstText(heading[2])}`);
    else if (bold) out.push(`*${typstText(bold[1])}*${bold[2] ? " \\" : ""}`);
    else if (italic) out.push(`_${typstText(italic[1])}_`);
    else if (line.startsWith("- ")) out.push(`- ${typstText(line.slice(2))}`);
    else out.push(typstText(line.replace(/ {2}$/, "")) + (line.endsWith("  ") ? " \\" : ""));
  }
  return out.join("\n");
}

export function writeSeedTypst(file, font) {
  writeFileSync(file, seedTypst(font));
  return file;
}
