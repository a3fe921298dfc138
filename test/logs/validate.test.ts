// The fast yes/no check (a first-error validator precompiled from the schema, lengths in code
// units) must agree with the detailed one on every input; the schema itself must accept the
// shipped sample logs and describe every property in Vietnamese.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { load } from "js-yaml";
import { validateFast } from "../../src/logs/validate-fast.js";
import { schemaDiagnostics } from "../../src/logs/validate-schema.js";

const value = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom("2022-01-05", "ht-video", "tchc", "Tchc", "", "tin/bài"),
  fc.integer({ min: -3, max: 3000 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);
const quantity = fc.oneof(
  fc.record({ value, measure: value }, { requiredKeys: [] }),
  value,
  fc.record(
    { value: fc.integer({ min: -5, max: 9 }), measure: fc.constant("video"), extra: value },
    { requiredKeys: ["value", "measure"] },
  ),
);
const randomEntry = fc.record(
  {
    date: fc.oneof(fc.constant("2022-01-05"), value),
    items: fc.oneof(fc.array(fc.oneof(fc.constant("ht-video"), value), { maxLength: 2 }), value),
    unit: fc.oneof(fc.constant("tchc"), value),
    summary: fc.oneof(fc.constant("Việc"), value),
    quantities: fc.oneof(fc.array(quantity, { maxLength: 2 }), value),
    participants: value,
    reach: value,
    cost: value,
    evidence: value,
    note: value,
    other: value,
  },
  { requiredKeys: [] },
);
// A valid entry, and the same with one field replaced by anything: the boundary cases.
const goodEntry = fc.record(
  {
    date: fc.constantFrom("2022-01-05", "2022-02-30"),
    items: fc.constantFrom(["ht-video"], ["ht-video", "nd-thu-tuc"]),
    unit: fc.constant("tchc"),
    summary: fc.constant("Việc"),
    quantities: fc.array(fc.record({ value: fc.integer({ min: -5, max: 9 }), measure: fc.constant("video") }), { maxLength: 2 }),
    participants: fc.nat(50),
    reach: fc.nat(50),
    cost: fc.nat(1e6),
    evidence: fc.constant("https://x"),
    note: fc.constant(""),
  },
  { requiredKeys: ["date", "items", "summary"] },
);
const KEYS = ["date", "items", "unit", "summary", "quantities", "participants", "reach", "cost", "evidence", "note", "other"];
const mutatedEntry = fc
  .tuple(goodEntry, fc.constantFrom(...KEYS), fc.oneof(value, fc.array(value, { maxLength: 2 }), quantity))
  .map(([e, k, v]) => ({ ...e, [k]: v }));
const entry = fc.oneof(
  { arbitrary: goodEntry, weight: 4 },
  { arbitrary: mutatedEntry, weight: 3 },
  { arbitrary: randomEntry, weight: 1 },
  { arbitrary: value, weight: 1 },
);
const goodFile = fc.record(
  { sample: fc.boolean(), year: fc.constant(2022), unit: fc.constant("tchc"), entries: fc.array(entry, { maxLength: 3 }) },
  { requiredKeys: ["entries"] },
);
const randomFile = fc.record(
  {
    sample: fc.oneof(fc.boolean(), value),
    year: fc.oneof(fc.constant(2022), value),
    unit: fc.oneof(fc.constant("tchc"), value),
    entries: fc.oneof(fc.array(entry, { maxLength: 3 }), value),
    extra: value,
  },
  { requiredKeys: [] },
);
const file = fc.oneof({ arbitrary: goodFile, weight: 4 }, { arbitrary: randomFile, weight: 1 });

describe("validateFast agrees with the schema", () => {
  it("on random inputs", async () => {
    await fc.assert(
      fc.asyncProperty(file, async (raw) => {
        const slow = schemaDiagnostics(raw, "f").length === 0;
        expect(validateFast(raw)).toBe(slow);
      }),
      { numRuns: 1500 },
    );
  });

  it("the random inputs include valid logs, not only broken ones", () => {
    const valid = fc.sample(file, { numRuns: 2000, seed: 1 }).filter(validateFast).length;
    expect(valid).toBeGreaterThan(20);
  });

  it("accepts the sample logs", async () => {
    for (const name of readdirSync("logs/2022")) {
      const raw = load(readFileSync(`logs/2022/${name}`, "utf8"));
      expect(validateFast(raw), name).toBe(true);
      expect(schemaDiagnostics(raw, name)).toEqual([]);
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
