// fast-check arbitraries for valid plans: Vietnamese syllables with every tone mark, sentences,
// sections nested 1–3 deep, random recipients and signers. "Valid" means what the clerk's rules
// ask (upper-case level-I titles and signer title, no typed labels, no honorifics, one tone style),
// so every generated plan must pass `check` and render.
import fc from "fast-check";

// Syllables avoid "oa", "oe", "uy" and "qu": their tone has two accepted places (hòa/hoà) and
// mixing both would be a (correct) rule/tone-style warning.
const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "r", "s", "t", "th", "tr", "v", "x"];
const NUCLEI: [string, number][] = [
  // [vowels, index of the letter that takes the tone]
  ["a", 0],
  ["ă", 0],
  ["â", 0],
  ["e", 0],
  ["ê", 0],
  ["i", 0],
  ["o", 0],
  ["ô", 0],
  ["ơ", 0],
  ["u", 0],
  ["ư", 0],
  ["ươ", 1],
  ["uô", 1],
  ["iê", 1],
  ["ai", 0],
  ["ao", 0],
  ["âu", 0],
  ["ơi", 0],
  ["ưi", 0],
];
const CODAS = ["", "", "", "c", "m", "n", "ng", "nh", "p", "t"];
// No mark, sắc, huyền, hỏi, ngã, nặng.
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

export const syllable: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...NUCLEI), fc.constantFrom(...CODAS), fc.constantFrom(...TONES))
  .map(([onset, [nucleus, at], coda, tone]) => {
    // A diphthong ending in i/o/u/y takes no coda (Vietnamese "ai", "ao", not "aim").
    const open = /[iouy]$/u.test(nucleus) && nucleus.length === 2 && at === 0;
    const vowels = [...nucleus];
    vowels[at] = (vowels[at]! + tone).normalize("NFC");
    return onset + vowels.join("") + (open ? "" : coda);
  })
  // "gi" + "i…" would double the i; keep it simple.
  .filter((s) => !/^gii/u.test(s));

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

// Characters that XML, YAML, Markdown or the templates treat specially, as words of their own.
const SYMBOLS = ["&", "<", ">", '"', "'", "“", "”", "(", ")", "%", "–", "…", "{{", "}}", "*", "_", "@", "#", ":"];
const word: fc.Arbitrary<string> = fc.oneof({ weight: 12, arbitrary: syllable }, { weight: 1, arbitrary: fc.constantFrom(...SYMBOLS) });

/** A sentence: a syllable then 2–n words (symbols now and then), capitalised, ending with "." or ";" or nothing. */
export const sentence = (max = 30): fc.Arbitrary<string> =>
  fc
    .tuple(
      syllable,
      fc.array(fc.tuple(word, fc.constantFrom("", "", "", "", ",")), { minLength: 2, maxLength: max - 1 }),
      fc.constantFrom("", ".", ";"),
    )
    .map(([first, words, end]) => capitalise([first, ...words.map(([w, p], i) => (i < words.length - 1 ? w + p : w))].join(" ")) + end);

/** A heading in capitals (level I) or as typed (levels 2–3). */
const heading = (upper: boolean): fc.Arbitrary<string> =>
  fc.array(syllable, { minLength: 2, maxLength: 8 }).map((ws) => (upper ? ws.join(" ").toLocaleUpperCase("vi") : capitalise(ws.join(" "))));

export interface GenSection {
  title?: string;
  text?: string | string[];
  items?: string[];
  table?: { columns: string[]; rows: string[][] };
  sections?: GenSection[];
}

/** A small table: 2–4 columns of short headings, 1–3 rows of words (every row full: rule/table-shape). */
const table = fc.integer({ min: 2, max: 4 }).chain((n) =>
  fc.record({
    columns: fc.array(
      fc.array(syllable, { minLength: 1, maxLength: 3 }).map((ws) => capitalise(ws.join(" "))),
      { minLength: n, maxLength: n },
    ),
    rows: fc.array(
      fc.array(
        fc.array(syllable, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(" ")),
        { minLength: n, maxLength: n },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  }),
);

const sectionAt = (depth: number): fc.Arbitrary<GenSection> => {
  const children =
    depth < 3
      ? fc.option(fc.array(sectionAt(depth + 1), { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 2 })
      : fc.constant(undefined);
  return (
    fc
      .record({
        title: depth === 1 ? heading(true) : fc.option(heading(false), { nil: undefined }),
        text: fc.option(fc.oneof(sentence(), fc.array(sentence(), { minLength: 1, maxLength: 3 })), { nil: undefined }),
        items: fc.option(fc.array(sentence(20), { minLength: 1, maxLength: 4 }), { nil: undefined }),
        table: depth >= 2 ? fc.option(table, { nil: undefined, freq: 3 }) : fc.constant(undefined),
        sections: children,
      })
      // Something to put the number before (rule/section-empty).
      .map((s) => (s.title === undefined && s.text === undefined ? { ...s, text: "Nội dung của khoản này." } : s))
      .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as GenSection)
  );
};

const personName = fc.array(syllable, { minLength: 2, maxLength: 4 }).map((ws) => ws.map(capitalise).join(" "));

// Authority and title go together (NĐ 30/2020, Phụ lục I, II.7.a).
const SIGNERS = [
  { title: "GIÁM ĐỐC" },
  { prefix: "KT.", authority: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC" },
  { prefix: "TM.", authority: "ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH" },
];

export interface GenPlan {
  plan: Record<string, unknown>;
  /** Every text the document must show, as typed. */
  texts: string[];
}

export const planArbitrary: fc.Arbitrary<GenPlan> = fc
  .record({
    title: fc.array(syllable, { minLength: 3, maxLength: 14 }).map((ws) => capitalise(ws.join(" "))),
    opening: fc.array(sentence(), { minLength: 0, maxLength: 2 }),
    body: fc.array(sectionAt(1), { minLength: 1, maxLength: 3 }),
    closing: fc.option(sentence(), { nil: undefined }),
    recipients: fc.array(
      fc.array(syllable, { minLength: 1, maxLength: 6 }).map((ws) => capitalise(ws.join(" "))),
      { minLength: 1, maxLength: 4 },
    ),
    signer: fc.tuple(fc.constantFrom(...SIGNERS), personName).map(([s, name]) => ({ ...s, name })),
  })
  .map((g) => {
    const plan: Record<string, unknown> = {
      type: "KH",
      number: 12,
      code: "KH-SNV",
      issuer: { parent: { name: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", abbreviation: "UBND" }, name: "SỞ NỘI VỤ", abbreviation: "SNV" },
      place: "Đồng Nai",
      date: "2024-03-05",
      year: 2024,
      title: g.title,
      ...(g.opening.length ? { opening: { text: g.opening } } : {}),
      body: g.body,
      ...(g.closing ? { closing: g.closing } : {}),
      recipients: g.recipients,
      filing: { units: ["VT"] },
      signer: g.signer,
    };
    // The closing ends the body with "./." in place of its own final punctuation (Phụ lục III).
    const closing = g.closing ? [`${g.closing.replace(/[.;,]+$/u, "")}./.`] : [];
    const texts: string[] = [g.title, ...g.opening, ...closing, ...g.recipients, g.signer.name, g.signer.title];
    const walk = (s: GenSection): void => {
      if (s.title) texts.push(s.title);
      if (s.text !== undefined) texts.push(...(Array.isArray(s.text) ? s.text : [s.text]));
      texts.push(...(s.items ?? []));
      if (s.table) texts.push(...s.table.columns, ...s.table.rows.flat());
      s.sections?.forEach(walk);
    };
    g.body.forEach(walk);
    return { plan, texts };
  });
