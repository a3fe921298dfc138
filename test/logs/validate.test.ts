// The fast yes/no check must agree with the JSON Schema (ajv) on every input; the schema
// itself must accept the shipped sample logs and describe every property in Vietnamese.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { load } from "js-yaml";
import { validateFast } from "../../src/logs/validate-fast.js";
import { schemaDiagnostics } from "../../src/logs/validate-schema.js";

const value = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("2022-01-05", "ht-video", "tchc", "Tchc", "", "tin/bài"), fc.integer({ min: -3, max: 3000 }), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
const quantity = fc.oneof(fc.record({ value, measure: value }, { requiredKeys: [] }), value, fc.record({ value: fc.integer({ min: -5, max: 9 }), measure: fc.constant("video"), extra: value }, { requiredKeys: ["value", "measure"] }));
const entry = fc.oneof(
  fc.record(
    {
      date: fc.oneof(fc.constant("2022-01-05"), value), items: fc.oneof(fc.array(fc.oneof(fc.constant("ht-video"), value), { maxLength: 2 }), value),
      unit: fc.oneof(fc.constant("tchc"), value), summary: fc.oneof(fc.constant("Việc"), value), quantities: fc.oneof(fc.array(quantity, { maxLength: 2 }), value),
      participants: value, reach: value, cost: value, evidence: value, note: value, other: value,
    },
    { requiredKeys: [] },
  ),
  value,
);
const file = fc.record({ sample: fc.oneof(fc.boolean(), value), year: fc.oneof(fc.constant(2022), value), unit: fc.oneof(fc.constant("tchc"), value), entries: fc.oneof(fc.array(entry, { maxLength: 3 }), value), extra: value }, { requiredKeys: [] });

describe("validateFast agrees with the schema", () => {
  it("on random inputs", async () => {
    await fc.assert(
      fc.asyncProperty(file, async (raw) => {
        const slow = (await schemaDiagnostics(raw, "f")).length === 0;
        expect(validateFast(raw)).toBe(slow);
      }),
      { numRuns: 1500 },
    );
  });

  it("accepts the sample logs", async () => {
    for (const name of readdirSync("logs/2022")) {
      const raw = load(readFileSync(`logs/2022/${name}`, "utf8"));
      expect(validateFast(raw), name).toBe(true);
      expect(await schemaDiagnostics(raw, name)).toEqual([]);
    }
  });

  it("every property of the schema has a Vietnamese title and description", () => {
    const schema = JSON.parse(readFileSync("schemas/activity-log.schema.json", "utf8"));
    const props = [schema.properties, schema.$defs.entry.properties, schema.$defs.quantity.properties];
    for (const group of props) {
      for (const [name, p] of Object.entries(group as Record<string, { title?: string; description?: string }>)) {
        expect(p.title, name).toBeTruthy();
        expect(p.description, name).toMatch(/[àáảãạăâđêôơư]/i);
      }
    }
  });
});
