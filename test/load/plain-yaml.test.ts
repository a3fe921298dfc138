// The one small YAML reader (plans, config, notes, logs) must agree with the `yaml` package on
// every file it accepts, and bail on what it does not understand: checked on the repository's
// files, on random documents, on random logs in our layout and in js-yaml's, and on corruptions.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, type Stats, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { dump } from "js-yaml";
import { parse } from "yaml";
import { BAIL, plainYaml } from "../../src/load/plain-yaml.js";
import { entryYaml } from "../../src/logs/entry-yaml.js";
import type { LogEntry } from "../../src/logs/log-model.js";

const REPO = join(import.meta.dirname, "../..");

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    let s: Stats;
    try {
      s = statSync(p);
    } catch {
      continue;
    }
    if (s.isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

function reference(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: true });
  } catch {
    return "error";
  }
}

describe("plainYaml", () => {
  const files = [...yamlFiles(join(REPO, "plans")), ...yamlFiles(join(REPO, "test/fixtures"))];

  it("reads the seed plan", () => {
    expect(plainYaml(readFileSync(join(REPO, "plans/plan-2022.yaml"), "utf8"))).not.toBe(BAIL);
  });

  it.each(files.map((f) => [f.slice(REPO.length + 1), f]))("agrees with the yaml package on %s", (_, file) => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return;
    }
    const fast = plainYaml(text);
    if (fast !== BAIL) expect(fast).toEqual(reference(text));
  });

  it.each([
    [
      "a: 1\nb: [x, 'y z', \"w\"]\nc:\n- 1\n- -2.5\nd: { k: v, n: ~ }\ne:\n",
      { a: 1, b: ["x", "y z", "w"], c: [1, -2.5], d: { k: "v", n: null }, e: null },
    ],
    ["- id: a # comment\n  t: x#y\n- b\n", [{ id: "a", t: "x#y" }, "b"]],
    ["a: 'it''s'\nb: 2022-01-27\nc: 05\nd: True\ne: \"x\\ty\"\n", { a: "it's", b: "2022-01-27", c: 5, d: true, e: "x\ty" }],
    [
      "rules:\n  rule/tone-style: off\n'quoted key': [a, [b, 'c, d']]\n",
      { rules: { "rule/tone-style": "off" }, "quoted key": ["a", ["b", "c, d"]] },
    ],
    ["q: [{ value: 2, measure: buổi }]\n", { q: [{ value: 2, measure: "buổi" }] }],
  ])("parses %j", (text, expected) => {
    expect(plainYaml(text)).toEqual(expected);
    expect(plainYaml(text)).toEqual(reference(text));
  });

  it.each([
    "a: &x 1\nb: *x\n",
    "a: |\n  text\n",
    "a: b\n  continued\n",
    "a: 1\na: 2\n",
    'a: "x\\qy"\n',
    "a: -\n",
    "a: 1.2.3\n",
    "a: 1a\n",
    "a: tRUE\n",
    "---\na: 1\n",
    "a:\tb\n",
    "{a:1}\n",
    "a: {a:1}\n",
    "a: [1,\n  2]\n",
    "a: 0x1F\n",
    "01: x\n",
    "a: b: c\n",
  ])("bails on %j", (text) => {
    expect(plainYaml(text)).toBe(BAIL);
  });
});

describe("plainYaml on generated documents", () => {
  it("either bails or agrees with the yaml package", async () => {
    const fc = await import("fast-check");
    const { stringify } = await import("yaml");
    const text = fc.oneof(
      fc.constantFrom(
        "Hòa",
        "thuỷ",
        "a: b",
        "x # y",
        "- z",
        "'q'",
        '"d"',
        "05",
        "2022-01-27",
        "true",
        "null",
        "",
        " lề ",
        "[a]",
        "{b}",
        "Ðồng",
        "ngày 15/7/2021",
      ),
      fc.string({ maxLength: 12 }),
    );
    const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
    const doc = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("map")),
      list: fc.array(tie("node"), { maxLength: 4 }),
      map: fc.dictionary(key, tie("node"), { maxKeys: 4 }),
    })).map;
    let compared = 0;
    fc.assert(
      fc.property(doc, fc.boolean(), (value, flow) => {
        const source = stringify(value, { collectionStyle: flow ? "flow" : "any", lineWidth: 0 });
        const fast = plainYaml(source);
        if (fast === BAIL) return;
        compared++;
        expect(fast).toEqual(reference(source));
      }),
      { numRuns: 600, seed: 20220127 },
    );
    // The comparison is only worth something if the reader accepts a good share of documents.
    expect(compared).toBeGreaterThan(80);
  });
});

/** The reader either bails or gives the yaml package's value (a document it rejects, it must bail on). */
function agrees(text: string): boolean {
  const fast = plainYaml(text);
  if (fast === BAIL) return true;
  expect(fast).toEqual(reference(text));
  return true;
}

const logText = fc.oneof(
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
    summary: logText,
    quantities: fc.array(
      fc.record({ value: fc.oneof(fc.integer({ min: -5, max: 100000 }), fc.double({ min: 0, max: 1000, noNaN: true })), measure: logText }),
      { maxLength: 2 },
    ),
    cost: fc.integer({ min: 0, max: 1e9 }),
    evidence: logText,
    note: logText,
  },
  { requiredKeys: ["date", "items", "summary"] },
);

describe("plainYaml on activity logs", () => {
  it("reads the sample logs exactly as the yaml package does, without bailing", () => {
    for (const name of readdirSync("logs/2022")) {
      const t = readFileSync(`logs/2022/${name}`, "utf8");
      const fast = plainYaml(t);
      expect(fast, name).not.toBe(BAIL);
      expect(fast).toEqual(reference(t));
    }
  });

  it("agrees with the yaml package on entries written by log add (and reads them back)", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (entries) => {
        const t = `sample: true\nentries:\n${entries.map((e) => entryYaml(e)).join("")}`;
        expect(reference(t)).toEqual({ sample: true, entries: entries.length ? entries.map(normalise) : null });
        return agrees(t);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with the yaml package on js-yaml's layout", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (entries) => agrees(dump({ entries }))),
      { numRuns: 200 },
    );
  });

  it("agrees with the yaml package or bails on corrupted logs", () => {
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
      expect(plainYaml(t), t).toBe(BAIL);
    }
  });
});

/** What a YAML parser reads back from an entry (numbers as written; -0 never appears). */
function normalise(e: LogEntry): LogEntry {
  const out = JSON.parse(JSON.stringify(e)) as LogEntry;
  if (out.quantities?.length === 0) delete out.quantities; // entryYaml omits an empty list
  return out;
}
