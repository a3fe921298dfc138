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
