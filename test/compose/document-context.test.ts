import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderTemplate } from "../../src/templates/render-template.js";
import { decreeDate, headerContext, signatureContext } from "../../src/compose/document-context.js";
import { documentNumber } from "../../src/model/document-number.js";
import { basisLines, closingLine } from "../../src/compose/compose-plan.js";

describe("shared document parts", () => {
  it("writes the decree's dates (II.4): days 1–9 and months 1–2 zero-padded", () => {
    expect(decreeDate("2022-01-27")).toBe("ngày 27 tháng 01 năm 2022");
    expect(decreeDate("2025-02-05")).toBe("ngày 05 tháng 02 năm 2025");
    expect(decreeDate("2025-03-15")).toBe("ngày 15 tháng 3 năm 2025");
    expect(decreeDate("2025-12-01")).toBe("ngày 01 tháng 12 năm 2025");
  });

  it("zero-pads document numbers below 10 (II.3)", () => {
    expect(documentNumber(5, "KH-UBND")).toBe("05/KH-UBND");
    expect(documentNumber(175, "KH-SVHTTDL")).toBe("175/KH-SVHTTDL");
  });

  it("upper-cases agencies with the Vietnamese locale and breaks long names where the phrase breaks", () => {
    const h = headerContext({
      issuer: { name: "Sở Văn hóa, Thể thao và Du lịch", parent: { name: "Ủy ban nhân dân tỉnh Đồng Nai" } },
      number: 7,
      code: "KH-SVHTTDL",
      place: "Đồng Nai",
      date: "2022-01-27",
    });
    expect(h.agency).toEqual(["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]);
    expect(h.parent).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI"]);
    expect(h.code).toBe("07/KH-SVHTTDL");
    const short = headerContext({ issuer: { name: "UBND xã An Hòa" }, number: 12, code: "KH-UBND", place: "An Hòa", date: "2025-03-15" });
    expect(short.parent).toEqual([]);
    expect(short.agency).toEqual(["UBND XÃ AN HÒA"]);
  });

  it("builds the signature: recipients end with ';', the Lưu line with '.', KT. on two lines", () => {
    const s = signatureContext({
      recipients: ["VP UBND tỉnh;", "GĐ, PGĐ Sở"],
      filing: { units: ["VT", "TCHC"], drafter: "p.o", copies: 5 },
      signer: { prefix: "KT.", authority: "Giám đốc", title: "Phó Giám đốc", name: "Nguyễn Văn A" },
    });
    // The context holds the values; the signature partial writes the dashes and punctuation.
    expect(s.recipients).toEqual(["VP UBND tỉnh", "GĐ, PGĐ Sở"]);
    expect(s.filing).toBe("VT, TCHC");
    const root = mkdtempSync(join(tmpdir(), "cai-cach-sig-"));
    mkdirSync(join(root, "templates"));
    writeFileSync(join(root, "templates", "sig.hbs"), "{{> signature signature}}");
    const lines = renderTemplate("sig", { signature: s }, root).value?.text.split("\n") ?? [];
    expect(lines).toEqual(expect.arrayContaining(["@NoiNhan - VP UBND tỉnh;", "@NoiNhan - GĐ, PGĐ Sở;", "@NoiNhan - Lưu: VT, TCHC."]));
    expect(s.drafter).toBe("P.O(05)");
    expect(s.authority).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    const own = signatureContext({ recipients: [], filing: { units: ["VT"] }, signer: { title: "GIÁM ĐỐC", name: "Lê Kim Bằng" } });
    expect(own.authority).toEqual(["GIÁM ĐỐC"]);
    expect(own.drafter).toBeNull();
  });

  it("ends căn cứ lines with ';' and the last with '.' (II.6.a), and the body with './.'", () => {
    expect(basisLines(["Căn cứ A.", "Căn cứ B", "Căn cứ C;"])).toEqual(["Căn cứ A;", "Căn cứ B;", "Căn cứ C."]);
    expect(closingLine("Trên đây là Kế hoạch.")).toBe("Trên đây là Kế hoạch./.");
    expect(closingLine("Trên đây là Kế hoạch./.")).toBe("Trên đây là Kế hoạch./.");
  });
});

describe("issue 10: header lines and signer forms", () => {
  const header = (name: string, extra: Partial<Parameters<typeof headerContext>[0]> = {}) =>
    headerContext({ issuer: { name }, number: 1, code: "KH-UBND", place: "Đồng Nai", date: "2024-01-05", ...extra });

  it("breaks an agency name between phrases, never around a place name's hyphen nor leaving a lone word", () => {
    expect(header("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU").agency).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"]);
    expect(header("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ").agency).toEqual(["BAN CHỈ ĐẠO", "CẢI CÁCH HÀNH CHÍNH", "CỦA CHÍNH PHỦ"]);
  });

  it("keeps a line break the clerk typed in an agency name", () => {
    expect(header("SỞ NỘI VỤ\nSỞ Y TẾ").agency).toEqual(["SỞ NỘI VỤ", "SỞ Y TẾ"]);
  });

  it("widens the right column so the place-date line stays on one line", () => {
    expect(header("SỞ NỘI VỤ").widths).toBe("");
    const hcm = header("SỞ NỘI VỤ", { place: "Thành phố Hồ Chí Minh", date: "2021-10-20" });
    expect(hcm.widths).toMatch(/^widths=\d+,\d+$/);
    expect(hcm.date).toBe("ngày 20 tháng 10 năm 2021");
  });

  it("leaves a draft's number and day blank and marks it", () => {
    const draft = headerContext({
      issuer: { name: "UBND XÃ AN PHƯỚC" },
      code: "KH-UBND",
      place: "An Phước",
      date: "2024-01-01",
      draft: { version: 2, blankDay: true },
    });
    expect(draft.code).toBe("      /KH-UBND");
    expect(draft.date).toBe(`ngày ${" ".repeat(5)} tháng 01 năm 2024`);
    expect(draft.draft).toEqual({ version: 2 });
  });

  it("writes TM. + KT. on three lines, keeps a typed break in a title, and levels joint signers' names", () => {
    const base = { recipients: ["Sở Nội vụ"], filing: { units: ["VT"] } };
    const tm = signatureContext({
      ...base,
      signer: { prefix: "TM.", authority: "Ủy ban nhân dân", deputyFor: "Chủ tịch", title: "Phó Chủ tịch", name: "A" },
    });
    expect(tm.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    const broken = signatureContext({ ...base, signer: { title: "PHÓ CHỦ TỊCH\nTHƯỜNG TRỰC", name: "B" } });
    expect(broken.authority).toEqual(["PHÓ CHỦ TỊCH", "THƯỜNG TRỰC"]);
    for (const prefix of ["TL.", "TUQ.", "Q."] as const)
      expect(
        signatureContext({ ...base, signer: { prefix, authority: "GIÁM ĐỐC", title: "CHÁNH VĂN PHÒNG", name: "C" } }).authority,
      ).toEqual([`${prefix} GIÁM ĐỐC`, "CHÁNH VĂN PHÒNG"]);
    const joint = signatureContext({
      ...base,
      signer: { title: "GIÁM ĐỐC", name: "Lead" },
      cosigners: [{ prefix: "KT.", authority: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Other" }],
    });
    expect(joint.signers).toEqual([
      { authority: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name: "Other" },
      { authority: ["GIÁM ĐỐC", ""], name: "Lead" },
    ]);
  });
});
