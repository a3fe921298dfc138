// The schema is the editor's help: every property carries a Vietnamese title and description;
// the precompiled validator is up to date with it; the seed plan is accepted as it is.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { validatePlanSchema } from "../../src/load/validate-plan.js";
// @ts-expect-error — a plain .mjs build script without types
import { generatePlanValidator } from "../../scripts/build-plan-validator.mjs";

const REPO = join(import.meta.dirname, "../..");
const schema = JSON.parse(readFileSync(join(REPO, "schemas/plan.schema.json"), "utf8"));

function propertiesWithoutHelp(node: any, path: string, out: string[]): string[] {
  if (!node || typeof node !== "object") return out;
  for (const [name, sub] of Object.entries<any>(node.properties ?? {})) {
    if (!sub.title || !sub.description) out.push(`${path}/properties/${name}`);
    propertiesWithoutHelp(sub, `${path}/properties/${name}`, out);
  }
  for (const [name, sub] of Object.entries<any>(node.$defs ?? {})) {
    if (!sub.title || !sub.description) out.push(`${path}/$defs/${name}`);
    propertiesWithoutHelp(sub, `${path}/$defs/${name}`, out);
  }
  for (const key of ["items", "anyOf"]) {
    const subs = Array.isArray(node[key]) ? node[key] : node[key] ? [node[key]] : [];
    subs.forEach((s: any, i: number) => propertiesWithoutHelp(s, `${path}/${key}/${i}`, out));
  }
  return out;
}

describe("schemas/plan.schema.json", () => {
  it("is JSON Schema 2020-12 with an $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/plan\.schema\.json$/);
  });

  it("gives every property a title and a description", () => {
    expect(propertiesWithoutHelp(schema, "#", [])).toEqual([]);
  });

  it("lists the document types of Phụ lục III with Đ U+0110, never Ð U+00D0", () => {
    const types: string[] = schema.properties.type.enum;
    expect(types).toHaveLength(27);
    expect(types).toContain("QyĐ");
    expect(types.join("")).not.toMatch(/\u00d0/u);
    expect(types.filter((t) => t.includes("\u0110"))).toEqual(["QĐ", "QyĐ", "ĐA", "HĐ", "CĐ"]);
  });

  it("accepts the seed plan as it is", () => {
    const seed = parse(readFileSync(join(REPO, "plans/plan-2022.yaml"), "utf8"));
    expect(validatePlanSchema(seed)).toEqual([]);
  });

  it("the precompiled validator matches the schema (run `npm run build` after editing it)", () => {
    const committed = readFileSync(join(REPO, "src/load/plan-validator.generated.ts"), "utf8");
    expect(generatePlanValidator()).toBe(committed);
  });
});
