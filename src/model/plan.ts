// The typed plan: what a valid plans/*.yaml holds once loaded (keys in English, text in Vietnamese).
// schemas/plan.schema.json is the contract for the YAML; these types mirror it.

/** Document type abbreviations of Phụ lục III, mục I (Nghị định 30/2020/NĐ-CP). */
export type DocumentTypeCode =
  /** Công văn: no tên loại, its code is "<issuer>-<unit>" (Phụ lục I, II.3). */
  | "CV"
  | "NQ"
  | "QĐ"
  | "CT"
  | "QC"
  | "QyĐ"
  | "TC"
  | "TB"
  | "HD"
  | "CTr"
  | "KH"
  | "PA"
  | "ĐA"
  | "DA"
  | "BC"
  | "BB"
  | "TTr"
  | "HĐ"
  | "CĐ"
  | "BGN"
  | "BTT"
  | "GUQ"
  | "GM"
  | "GGT"
  | "GNP"
  | "PG"
  | "PC"
  | "PB";

/** Authority prefixes of the signer (Phụ lục I, ô 7a). */
export type SignerPrefix = "TM." | "KT." | "TL." | "TUQ." | "Q.";

/** A target that work can be reported against (plan items, forms, duties). */
export interface Target {
  /** Quantities with their measure, e.g. { value: 24, measure: "tin, bài" }. */
  quantities?: { value: number; measure: string }[];
  /** ISO date "YYYY-MM-DD" by which it is due. */
  deadline?: string;
  /** How often: see FREQUENCIES. */
  frequency?: Frequency;
  /** Budget in VND. */
  budget?: number;
  /** What is delivered when done (the "Sản phẩm" column of the task appendix). */
  product?: string;
}

export type Frequency = "once" | "monthly" | "quarterly" | "half-yearly" | "yearly" | "continuous" | "ad-hoc";

/** A dash item ("- …"); a plain string when nothing is reported against it. */
export interface Item {
  id?: string;
  text: string;
  /** Short name for tables (the report's appendix, `cai-cach items`); documents print `text`. */
  label?: string;
  /** Units responsible (ids from `units`). */
  units?: string[];
  targets?: Target;
  /** Sub-items "+ …" under this item. */
  items?: string[];
}

/** A simple table inside a section. */
export interface Table {
  columns: string[];
  rows: string[][];
  /** Relative column widths; equal when absent. */
  widths?: number[];
}

/**
 * A section of the body. Its depth gives its numbering, generated, never typed:
 * depth 1 mục "I.", depth 2 khoản "1.", depth 3 điểm "a)" (Phụ lục I, II.6.b).
 * Render order inside a section: title, text, items, table, sections.
 */
export interface Section {
  id?: string;
  /** Heading text; a khoản/điểm without a title starts with its first paragraph. */
  title?: string;
  /** Short name for tables (the report's appendix, `cai-cach items`); documents print the title. */
  label?: string;
  /** One paragraph or several. */
  text?: string | string[];
  items?: (string | Item)[];
  table?: Table;
  sections?: Section[];
  /** The unit this section is about (section V "Tổ chức thực hiện"): id from `units`. */
  unit?: string;
  /** Units responsible for the whole section. */
  units?: string[];
  targets?: Target;
  /** The section's content in the order written (after text, items, table, sections). */
  content?: ContentBlock[];
}

/** One block of a section's ordered content: a paragraph, or exactly one of items, table, sections. */
export type ContentBlock = string | { items?: (string | Item)[]; table?: Table; sections?: Section[] };

export interface Appendix {
  id?: string;
  /** e.g. "Danh mục …"; "Phụ lục I" and its number are generated. */
  title: string;
  subtitle?: string;
  sections?: Section[];
  table?: Table;
  text?: string | string[];
}

export interface Agency {
  name: string;
  abbreviation?: string;
}

export interface Unit {
  id: string;
  name: string;
  abbreviation?: string;
}

export interface Signer {
  prefix?: SignerPrefix;
  /** With a prefix: the authority signed for, e.g. "GIÁM ĐỐC" in "KT. GIÁM ĐỐC". */
  authority?: string;
  /** Under "TM. <collective>": the head signed for by a deputy, printed "KT. <deputyFor>". */
  deputyFor?: string;
  /** The signer's own title, e.g. "PHÓ GIÁM ĐỐC" (or "GIÁM ĐỐC" signing in person). */
  title: string;
  name: string;
}

/** How headings are numbered (Phụ lục I, II.6.b); absent: mục I., khoản 1., điểm a). */
export interface Numbering {
  /** Top-level sections are "Phần I", "Phần II" holding the mục. */
  parts?: boolean;
  /** "arabic": no Roman mục level, the top level is "1.". */
  top?: "roman" | "arabic";
  /** "decimal": 1.1., 1.1.1. below the khoản instead of điểm a). */
  sub?: "letters" | "decimal";
}

export interface Article {
  title?: string;
  text?: string | string[];
  clauses?: string[];
}

/** A Quyết định that issues the document in `body` (the decree's model for a decision issuing an attached text). */
export interface Decision {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", bold IN HOA above the căn cứ. */
  authority: string;
  basis?: string[];
  /** Who issues it, in running text: "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai" ("… của …"). */
  issuedBy?: string;
  /** "Theo đề nghị của …". */
  proposal?: string;
  articles: Article[];
  attachment: { type?: "KH" | "CTr" | "QC" | "QyĐ" | "HD" | "PA" | "ĐA"; title: string };
}

export interface Footnote {
  id: string;
  text: string;
}

export interface Plan {
  /** Path of the YAML this came from (set by the loader, not typed by the clerk). */
  source?: string;
  type: DocumentTypeCode;
  /** Number in the register, e.g. 175; printed zero-padded below 10; left blank only in a draft. */
  number?: number;
  /** Code after the number: "<type>-<issuer abbreviation>", e.g. "KH-SVHTTDL". */
  code: string;
  issuer: Agency & { parent?: Agency };
  place: string;
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** The year the plan covers. */
  year: number;
  /** Trích yếu. */
  title: string;
  opening?: { text?: string[]; basis?: string[] };
  body: Section[];
  /** Closing sentence, e.g. "Trên đây là Kế hoạch …"; "./." is added by the renderer. */
  closing?: string;
  appendices?: Appendix[];
  units?: Unit[];
  /** Kính gửi (reports, tờ trình). */
  addressees?: string[];
  recipients: string[];
  /** "Lưu: VT, TCHC." */
  filing: { units: string[]; drafter?: string; copies?: number };
  signer: Signer;
  draft?: { version?: number; blankDay?: boolean };
  numbering?: Numbering;
  decision?: Decision;
  footnotes?: Footnote[];
  /** Opt-in: the task appendix generated from the tracked items. */
  taskAppendix?: { title?: string };
  /** Joint documents: the other signers, left of `signer` on the same row. */
  cosigners?: Signer[];
}
