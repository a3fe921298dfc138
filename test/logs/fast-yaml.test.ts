// The fast reader must give exactly js-yaml's value, or step aside (BAIL): checked on the
// sample logs, on random logs in both our layout and js-yaml's, and on random corruptions.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { load, dump } from "js-yaml";
import { readFileSync, readdirSync } from "node:fs";
import { BAIL, fastYaml } from "../../src/logs/fast-yaml.js";
import { entryYaml } from "../../src/logs/entry-yaml.js";
import type { LogEntry } from "../../src/logs/log-model.js";

function agrees(text: string): boolean {
  const fast = fastYaml(text);
  let slow: unknown;
  try {
    slow = load(text);
  } catch {
    return fast === BAIL;
  }
  if (fast === BAIL) return true;
  expect(fast).toEqual(slow);
  return true;
}

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "Đăng tin: kết quả",
    "a # b",
    "#x",
    "- x",
    "123",
    "1.5",
    "true",
    "null",
    "~",
    "yes",
    "2022-01-05",
    " x ",
    "'q'",
    '"q"',
    "a: b",
    "x:",
    "[a]",
    "{a}",
    "tờ gấp",
    "http://a/#b",
    "0x1F",
    "1e3",
    "-0",
    "+5",
    ".5",
    "x\u00a0",
    "\u00a0x",
    "a\u3000",
    "a\u2028b",
    "\u0085",
  ),
);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
const entry: fc.Arbitrary<LogEntry> = fc.record(
  {
    date: fc.constantFrom("2022-01-05", "2021-12-31", "2022-02-30"),
    items: fc.array(id, { minLength: 1, maxLength: 3 }),
    unit: id,
    summary: text,
    quantities: fc.array(
      fc.record({ value: fc.oneof(fc.integer({ min: -5, max: 100000 }), fc.double({ min: 0, max: 1000, noNaN: true })), measure: text }),
      { maxLength: 2 },
    ),
    cost: fc.integer({ min: 0, max: 1e9 }),
    evidence: text,
    note: text,
  },
  { requiredKeys: ["date", "items", "summary"] },
);

describe("fastYaml", () => {
  it("reads the sample logs exactly as js-yaml does, without bailing", () => {
    for (const name of readdirSync("logs/2022")) {
      const t = readFileSync(`logs/2022/${name}`, "utf8");
      const fast = fastYaml(t);
      expect(fast, name).not.toBe(BAIL);
      expect(fast).toEqual(load(t));
    }
  });

  it("agrees with js-yaml on entries written by log add (and reads them back)", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (entries) => {
        const t = `sample: true\nentries:\n${entries.map((e) => entryYaml(e)).join("")}`;
        expect(load(t)).toEqual({ sample: true, entries: entries.length ? entries.map(normalise) : null });
        return agrees(t);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with js-yaml on js-yaml's own layout", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (entries) => agrees(dump({ entries }))),
      { numRuns: 200 },
    );
  });

  it("agrees with js-yaml or bails on corrupted logs", () => {
    const base = readFileSync("logs/2022/ttvhda.yaml", "utf8").slice(0, 900);
    const chars = fc.constantFrom(" ", "-", ":", "#", "'", '"', "[", "]", "{", "}", ",", "\n", "\t", "a", "1", "&", "*", "|", ">", "?");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length - 1 }), fc.integer({ min: 0, max: 3 }), chars, (at, del, ch) =>
        agrees(base.slice(0, at) + ch + base.slice(at + del)),
      ),
      { numRuns: 1500 },
    );
  });

  it("bails on what it does not handle", () => {
    for (const t of [
      "a: |\n  x\n",
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: b\n  c\n",
      "a: 0x1F\n",
      "a: 'x\n  y'\n",
      "--- \na: 1\n",
      "a: 1\na: 2\n",
    ]) {
      expect(fastYaml(t), t).toBe(BAIL);
    }
  });
});

/** What js-yaml reads back from an entry (numbers as written; -0 never appears). */
function normalise(e: LogEntry): LogEntry {
  const out = JSON.parse(JSON.stringify(e)) as LogEntry;
  if (out.quantities?.length === 0) delete out.quantities; // entryYaml omits an empty list
  return out;
}
