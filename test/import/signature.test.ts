// The signer's block read back into the plan's signer, for every form of ô 7a (Phụ lục I, II.7):
// in person, KT., TM., TM. with KT., TL., TUQ., Q., and a title typed on two lines; each renders
// to the same lines it was read from.
import { describe, expect, it } from "vitest";
import { signerLines } from "../../src/compose/document-context.js";
import { signerOf } from "../../src/import/recognise/signature.js";

const FORMS: [string[], object][] = [
  [["GIÁM ĐỐC"], { title: "GIÁM ĐỐC" }],
  [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], { prefix: "KT.", authority: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC" }],
  [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], { prefix: "TM.", authority: "ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH" }],
  [
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    { prefix: "TM.", authority: "ỦY BAN NHÂN DÂN", deputyFor: "CHỦ TỊCH", title: "PHÓ CHỦ TỊCH" },
  ],
  [["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], { prefix: "TL.", authority: "GIÁM ĐỐC", title: "CHÁNH VĂN PHÒNG" }],
  [["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ"], { prefix: "TUQ.", authority: "CHỦ TỊCH", title: "GIÁM ĐỐC SỞ NỘI VỤ" }],
  [["Q. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], { prefix: "Q.", authority: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC" }],
  [["HIỆU TRƯỞNG", "TRƯỜNG TRUNG HỌC CƠ SỞ"], { title: "HIỆU TRƯỞNG\nTRƯỜNG TRUNG HỌC CƠ SỞ" }],
];

describe("signerOf", () => {
  it.each(FORMS)("%j", (lines, expected) => {
    const signer = signerOf(lines, "Nguyễn Văn An");
    expect(signer).toEqual({ ...expected, name: "Nguyễn Văn An" });
    expect(signerLines(signer)).toEqual({ authority: lines, name: "Nguyễn Văn An" });
  });
});
