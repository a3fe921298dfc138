// Rule details the fixtures do not show: the seed passes every rule; tone styles both ways;
// citations parsed with their offsets; the Số: form; prefix/authority the other way round.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Plan } from "../../src/model/plan.js";
import { checkPlanRules, PLAN_RULES } from "../../src/check/check-plan.js";
import { restyle, toneStyleOf } from "../../src/check/rules/tone-style.js";
import { findCitations } from "../../src/check/rules/cited-parse.js";
import { codeInfo } from "../../src/diagnostics/codes.js";

const seed = (): Plan => parse(readFileSync(join(import.meta.dirname, "../../plans/plan-2022.yaml"), "utf8"));

describe("clerk's rules", () => {
  it("find nothing in the seed plan", () => {
    expect(checkPlanRules(seed())).toEqual([]);
  });

  it("emit only listed codes, each citing its clause when codes.ts has one", () => {
    const plan = seed();
    plan.code = "QĐ-SVHTTDL";
    plan.signer = { authority: "GIÁM ĐỐC", title: "phó giám đốc", name: "ThS. Lê Kim Bằng" };
    plan.filing.units = ["TCHC"];
    plan.recipients.push("- Lưu: VT, TCHC.");
    const ds = PLAN_RULES.flatMap((r) => r(plan));
    expect(ds.map((d) => d.code).sort()).toEqual([
      "rule/code-mismatch",
      "rule/filing-vt",
      "rule/recipient-format",
      "rule/signer-authority",
      "rule/signer-name",
      "rule/uppercase",
    ]);
    for (const d of ds) expect(d.clause).toBe(codeInfo(d.code)!.clause);
  });

  it("tell the two tone-mark styles apart", () => {
    expect(["hòa", "hoà", "thủy", "thuỷ", "khỏe", "khoẻ", "quý", "của", "hóa"].map(toneStyleOf)).toEqual([
      "first",
      "second",
      "first",
      "second",
      "first",
      "second",
      undefined,
      undefined,
      "first",
    ]);
    expect(restyle("hoà")).toBe("hòa");
    expect(restyle("thủy")).toBe("thuỷ");
  });

  it("parse citations with offsets and dates", () => {
    const text = "Căn cứ Nghị định số 113/2018/NĐ-CP ngày 31/8/2018 và Số: 05/KH-UBND ngày 05 tháng 02 năm 2025;";
    const [a, b] = findCitations(text);
    expect(a).toMatchObject({ kind: "Nghị định", number: "113/2018/NĐ-CP", date: { day: 31, month: 8, year: 2018, text: "31/8/2018" } });
    expect(text.slice(a!.numberOffset, a!.numberOffset + a!.number.length)).toBe("113/2018/NĐ-CP");
    expect(b).toMatchObject({ kind: "Số", number: "05/KH-UBND", date: { day: 5, month: 2, year: 2025 } });
  });

  it("flag a malformed Số: and a cited year that differs from the date", () => {
    const plan = seed();
    plan.closing = "Kèm theo Số: 5/KH và Thông tư số 01/2020/TT-BNV ngày 14/01/2021.";
    const codes = checkPlanRules(plan).map((d) => d.code);
    expect(codes).toEqual(["rule/cited-number-malformed", "rule/cited-date-invalid"]);
  });
});
