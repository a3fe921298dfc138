// Schema errors as a clerk reads them: one diagnostic per real problem, pointing at the right key.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { validatePlanSchema } from "../../src/load/validate-plan.js";

// biome-ignore lint/suspicious/noExplicitAny: tests reach into the parsed seed to break one field at a time.
const seed = (): any => parse(readFileSync(join(import.meta.dirname, "../../plans/plan-2022.yaml"), "utf8"));
const codes = (data: unknown) => validatePlanSchema(data).map((d) => [d.code, d.pointer, d.atKey ?? false]);

describe("validatePlanSchema", () => {
  it("merges the missing fields of one place into one diagnostic at its key", () => {
    const plan = seed();
    delete plan.place;
    delete plan.year;
    const [d, ...rest] = validatePlanSchema(plan);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "schema/missing-field", pointer: "", atKey: true });
    expect(d!.message).toContain('"place" (Địa danh), "year" (Năm kế hoạch)');
  });

  it("keeps only the branch the clerk meant in string-or-object items", () => {
    const plan = seed();
    plan.body[0].sections[0].items[0] = { txt: "Nội dung" };
    expect(codes(plan)).toEqual([
      ["schema/missing-field", "/body/0/sections/0/items/0", true],
      ["schema/unknown-field", "/body/0/sections/0/items/0/txt", true],
    ]);
    expect(validatePlanSchema(plan)[1]!.suggestions).toEqual(["text"]);
  });

  it("says when neither branch fits, once", () => {
    const plan = seed();
    plan.body[0].sections[0].items[0] = 12;
    expect(codes(plan)).toEqual([["schema/wrong-type", "/body/0/sections/0/items/0", false]]);
  });

  it("hints at quoting a line YAML read as a mapping", () => {
    const plan = seed();
    plan.opening.text[0] = { "Căn cứ …": null };
    const [d] = validatePlanSchema(plan);
    expect(d!.code).toBe("schema/wrong-type");
    expect(d!.hint).toContain("dấu nháy kép");
  });

  it("suggests enum values and ids", () => {
    const plan = seed();
    plan.type = "QÐ"; // Ð U+00D0 look-alike
    plan.body[0].id = "Mục Tiêu";
    const ds = validatePlanSchema(plan);
    expect(ds.find((d) => d.code === "schema/enum")!.suggestions![0]).toBe("QĐ");
    expect(ds.find((d) => d.code === "schema/pattern")!.suggestions).toEqual(["muc-tieu"]);
  });
});
