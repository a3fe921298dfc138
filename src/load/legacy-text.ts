// Recognises Vietnamese typed in the legacy 8-bit encodings that still arrive pasted from old
// files (docs/nd30.md §6): TCVN3 (".VnTime", "TiÕng ViÖt", "Hµ Néi") and VNI ("VNI-Times",
// "Tieáng Vieät"). Read as Unicode, both show Latin-1 letters Vietnamese never uses, and none of
// the Vietnamese letters outside Latin-1 (ă, đ, ơ, ư, ạ, ả, ế …). The decree requires Unicode
// TCVN 6909:2001 (Phụ lục I, I.4).

export type LegacyKind = "tcvn3" | "vni";

// Latin-1 letters that occur in Vietnamese written in Unicode.
const VIETNAMESE_LATIN1 = new Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");
// Đ/đ and the Ð look-alike have their own rule (rule/lookalike-eth), so they are not evidence here.
const NOT_EVIDENCE = new Set("Ðð°±×÷«»§©®·");
const ASCII_LETTER = /[A-Za-z]/;
// Vietnamese letters outside Latin-1: ă â… đ ơ ư and the tone-marked vowels U+1EA0–U+1EF9.
const VIETNAMESE_EXTENDED = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

export function detectLegacy(text: string): LegacyKind | undefined {
  if (VIETNAMESE_EXTENDED.test(text)) return undefined;
  let evidence = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0xa1 || code > 0xff) continue;
    const prev = text[i - 1]!;
    if (!ASCII_LETTER.test(prev)) continue;
    const isLower = prev === prev.toLowerCase();
    if (!VIETNAMESE_LATIN1.has(ch) && !NOT_EVIDENCE.has(ch)) evidence++;
    // TCVN3 puts symbols (µ ¸ ¶ ª ¬ …) and capital Latin-1 letters (Õ Ö) inside lower-case words.
    if (code <= 0xbf || (isLower && code >= 0xc0 && code <= 0xde)) tcvn3++;
    // VNI writes a plain vowel followed by a mark character: "eá" (ế), "eä" (ệ), "uø" (ừ).
    else if (/[aeiouy]/.test(prev) && "ùøûõïâáàåãäêéèúüëôöò".includes(ch)) vni++;
  }
  if (evidence === 0) return undefined;
  return vni > tcvn3 ? "vni" : "tcvn3";
}

export function legacyName(kind: LegacyKind): string {
  return kind === "tcvn3" ? "TCVN3 (phông .VnTime)" : "VNI (phông VNI-Times)";
}
