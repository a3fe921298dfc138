// numbering.xml: the labels Word's automatic numbering draws before a paragraph ("1.", "a)", "-",
// "1.1."), computed as Word counts them (ECMA-376 §17.9): one counter per list and level, a level
// restarting when a higher level advances, %n in the level text replaced by level n's number in
// its format. The label is not in the text of document.xml, so without this a reader loses it.
import { roman } from "../model/numbering.js";
import { attrOf, child, childrenNamed, type XmlElement } from "./xml.js";

interface LevelDef {
  start: number;
  format: string;
  text: string;
}

export interface NumberingCounter {
  /** The label of the next paragraph in list `numId` at `level`, advancing the counters; undefined for an unknown list. */
  next(numId: string, level: number): { label: string; format: string } | undefined;
}

const letters = (n: number): string => {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
};

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(Math.max(n, 1)).toLowerCase();
    case "upperRoman":
      return roman(Math.max(n, 1));
    case "none":
      return "";
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

function levelsOf(abstract: XmlElement): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const lvl of childrenNamed(abstract, "w:lvl")) {
    levels.set(Number(lvl.attrs.get("w:ilvl") ?? 0), {
      start: Number(attrOf(lvl, "w:start") ?? 1),
      format: attrOf(lvl, "w:numFmt") ?? "decimal",
      text: attrOf(lvl, "w:lvlText") ?? "",
    });
  }
  return levels;
}

export function numberingCounter(root: XmlElement | undefined): NumberingCounter {
  const abstracts = new Map<string, Map<number, LevelDef>>();
  for (const a of root ? childrenNamed(root, "w:abstractNum") : []) abstracts.set(a.attrs.get("w:abstractNumId") ?? "", levelsOf(a));
  const lists = new Map<string, Map<number, LevelDef>>();
  for (const num of root ? childrenNamed(root, "w:num") : []) {
    const base = abstracts.get(attrOf(num, "w:abstractNumId") ?? "");
    if (!base) continue;
    const levels = new Map(base);
    for (const o of childrenNamed(num, "w:lvlOverride")) {
      const ilvl = Number(o.attrs.get("w:ilvl") ?? 0);
      const start = attrOf(o, "w:startOverride");
      const lvl = child(o, "w:lvl");
      const def = lvl ? levelsOf({ ...o, children: [{ ...lvl, attrs: new Map([["w:ilvl", String(ilvl)]]) }] }).get(ilvl) : levels.get(ilvl);
      if (def) levels.set(ilvl, start === undefined ? def : { ...def, start: Number(start) });
    }
    lists.set(num.attrs.get("w:numId") ?? "", levels);
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, level) {
      const levels = lists.get(numId);
      const def = levels?.get(level);
      if (!levels || !def) return undefined;
      const counts = counters.get(numId) ?? [];
      counts[level] = counts[level] === undefined ? def.start : counts[level] + 1;
      counts.length = level + 1; // deeper levels restart
      counters.set(numId, counts);
      const label = def.text.replace(/%(\d)/g, (_, d: string) => {
        const l = Number(d) - 1;
        const ld = levels.get(l);
        return formatNumber(counts[l] ?? ld?.start ?? 1, ld?.format ?? "decimal");
      });
      return { label: def.format === "bullet" ? bulletLabel(def.text) : label, format: def.format };
    },
  };
}

/** A bullet's character as a clerk would type it: Word's Symbol-font dash or bullet as "-" or "•". */
function bulletLabel(text: string): string {
  if (text === "-" || text === "–" || text === "+" || text === "•") return text;
  if (text === "\uf0b7" || text === "\uf0a7" || text === "o") return "•";
  if (text === "\uf02d" || text === "\uf0be") return "-";
  return text || "•";
}
