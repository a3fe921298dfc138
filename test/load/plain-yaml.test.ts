// The fast reader must agree with the `yaml` package on every file it accepts, and bail on
// what it does not understand.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, type Stats, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { BAIL, plainYaml } from "../../src/load/plain-yaml.js";

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
    ["a: 'it''s'\nb: 2022-01-27\nc: 05\nd: true\n", { a: "it's", b: "2022-01-27", c: 5, d: true }],
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
    'a: "x\\ty"\n',
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
