// The agency's names as init needs them: the upper-case form printed in the header (ô 2,
// "IN HOA", NĐ 30/2020 Phụ lục I), the form used inside sentences, and an abbreviation for the
// document code when none is given.

export interface AgencyNames {
  /** As printed in the header: upper case. */
  name: string;
  /** As used in sentences ("… của Sở Nội vụ"): as the clerk typed it. */
  title: string;
  abbreviation: string;
}

export const PLACEHOLDER_AGENCY = "TÊN CƠ QUAN";
export const PLACEHOLDER_ABBREVIATION = "CQ";
export const PLACEHOLDER_PLACE = "Địa danh";

/** Words left out of abbreviations, as in SVHTTDL for "Sở Văn hóa, Thể thao và Du lịch". */
const SKIPPED = new Set(["và", "của"]);

export function abbreviate(name: string): string {
  const letters = name
    .normalize("NFC")
    .split(/[\s,–-]+/)
    .filter((w) => w && !SKIPPED.has(w.toLocaleLowerCase("vi")))
    .map((w) => w.match(/\p{L}/u)?.[0] ?? "")
    .join("");
  // Keep Đ (TTVHĐA), drop other tone marks: abbreviations are written without them.
  const plain = letters
    .toLocaleUpperCase("vi")
    .replace(/Đ/g, "\u0000")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\u0000/g, "Đ")
    .normalize("NFC");
  return plain || PLACEHOLDER_ABBREVIATION;
}

export function agencyNames(typed: string | undefined, abbreviation: string | undefined): AgencyNames {
  const title = (typed ?? PLACEHOLDER_AGENCY).normalize("NFC").trim();
  return {
    name: title.toLocaleUpperCase("vi"),
    title,
    abbreviation: (abbreviation ?? (typed ? abbreviate(title) : PLACEHOLDER_ABBREVIATION)).normalize("NFC").trim(),
  };
}
