// The schemas are the editor's help: every property carries a Vietnamese title and description;
// the precompiled validators are up to date with them; the seed plan is accepted as it is.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { validatePlanSchema } from "../../src/load/validate-plan.js";
// @ts-expect-error — a plain .mjs build script without types
import { generatedPath, generateValidator, VALIDATORS } from "../../scripts/build-validators.mjs";

const REPO = join(import.meta.dirname, "../..");
const schema = JSON.parse(readFileSync(join(REPO, "schemas/plan.schema.json"), "utf8"));

interface Node {
  title?: string;
  description?: string;
  properties?: Record<string, Node>;
  $defs?: Record<string, Node>;
  items?: Node | Node[];
  anyOf?: Node[];
}

function propertiesWithoutHelp(node: Node | undefined, path: string, out: string[]): string[] {
  if (!node || typeof node !== "object") return out;
  for (const group of ["properties", "$defs"] as const) {
    for (const [name, sub] of Object.entries(node[group] ?? {})) {
      if (!sub.title || !sub.description) out.push(`${path}/${group}/${name}`);
      propertiesWithoutHelp(sub, `${path}/${group}/${name}`, out);
    }
  }
  for (const key of ["items", "anyOf"] as const) {
    const given = node[key];
    const subs = Array.isArray(given) ? given : given ? [given] : [];
    subs.forEach((s, i) => {
      propertiesWithoutHelp(s, `${path}/${key}/${i}`, out);
    });
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

  it("lists the document types of Phụ lục III (and CV, the công văn that has none) with Đ U+0110, never Ð U+00D0", () => {
    const types: string[] = schema.properties.type.enum;
    expect(types).toHaveLength(28);
    expect(types[0]).toBe("CV");
    expect(types).toContain("QyĐ");
    expect(types.join("")).not.toMatch(/\u00d0/u);
    expect(types.filter((t) => t.includes("\u0110"))).toEqual(["QĐ", "QyĐ", "ĐA", "HĐ", "CĐ"]);
  });

  it("accepts the seed plan as it is", () => {
    const seed = parse(readFileSync(join(REPO, "plans/plan-2022.yaml"), "utf8"));
    expect(validatePlanSchema(seed)).toEqual([]);
  });
});

describe.each(Object.entries<string>(VALIDATORS))("the %s schema", (name, file) => {
  const each = JSON.parse(readFileSync(join(REPO, file), "utf8"));

  it("is JSON Schema 2020-12 with an $id, a title and a description", () => {
    expect(each.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(each.$id).toMatch(/\.schema\.json$/);
    expect(each.title && each.description).toBeTruthy();
  });

  it("gives every property a title and a description", () => {
    expect(propertiesWithoutHelp(each, "#", [])).toEqual([]);
  });

  it("has a precompiled validator that matches it (run `npm run build` after editing it)", () => {
    const committed = readFileSync(join(REPO, generatedPath(name)), "utf8");
    expect(generateValidator(name)).toBe(committed);
  });
});
