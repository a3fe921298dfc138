// Every code of the registry (src/diagnostics/codes.ts) has a fixture showing its exact output,
// in one of the three fixture trees, or is listed below with the reason no input reaches it:
// - test/fixtures/check/<code>/     `cai-cach check` (test/check/fixtures.test.ts)
// - test/fixtures/logs/<name>/      a log checked against the seed plan, code log/<name>
//                                   (test/logs/check-log.test.ts)
// - test/fixtures/commands/<code>/  any command, from case.json (test/diagnostics/command-fixtures.test.ts)
// A fixture folder that names no registered code fails, and so does a stale UNREACHABLE entry.
import { existsSync, lstatSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CODES, isCode } from "../../src/diagnostics/codes.js";

const FIXTURES = join(import.meta.dirname, "../fixtures");

/** Codes no input can produce today, with the reason (the one list for every fixture tree). */
const UNREACHABLE: Record<string, string> = {
  "schema/invalid": "fallback for schema keywords that plan.schema.json does not use",
  "template/missing":
    "every template the code asks for (ke-hoach, van-ban, bao-cao) ships in the package's templates/, and a project's templates/ only adds to it: only a broken install reaches it",
};

const codeOf = (root: string, dir: string): string => relative(root, dir).split("\\").join("/");

const exists = (p: string): boolean => {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
};

/** test/fixtures/check: a folder with expected.txt, args.txt or input.yaml is a fixture, named by its path. */
function checkFixtures(dir = join(FIXTURES, "check")): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const d = join(dir, e.name);
    if (existsSync(join(d, "expected.txt")) || existsSync(join(d, "args.txt")) || exists(join(d, "input.yaml")))
      out.push(codeOf(join(FIXTURES, "check"), d));
    else out.push(...checkFixtures(d));
  }
  return out;
}

/** test/fixtures/logs/<name>: code log/<name> (golden/ holds report goldens, valid/ a clean log). */
function logFixtures(): string[] {
  const root = join(FIXTURES, "logs");
  return readdirSync(root)
    .filter((d) => d !== "golden" && d !== "valid" && statSync(join(root, d)).isDirectory())
    .map((d) => `log/${d}`);
}

/** test/fixtures/commands: a folder with case.json is a fixture, named by its path. */
function commandFixtures(dir = join(FIXTURES, "commands")): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const d = join(dir, e.name);
    if (existsSync(join(d, "case.json"))) out.push(codeOf(join(FIXTURES, "commands"), d));
    else out.push(...commandFixtures(d));
  }
  return out;
}

const trees = { check: checkFixtures(), logs: logFixtures(), commands: commandFixtures() };
const covered = new Set(Object.values(trees).flat());

describe("the code registry and its fixtures", () => {
  it("every code in codes.ts has a fixture or a reason it cannot be reached", () => {
    const missing = CODES.map((c) => c.code).filter((c) => !covered.has(c) && !(c in UNREACHABLE));
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(trees))("every fixture folder in test/fixtures/%s names a registered code", (_tree, codes) => {
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => !isCode(c))).toEqual([]);
  });

  it("UNREACHABLE lists only registered codes that have no fixture", () => {
    for (const code of Object.keys(UNREACHABLE)) {
      expect(isCode(code), `${code} is not in codes.ts`).toBe(true);
      expect(covered.has(code), `${code} has a fixture now: remove it from UNREACHABLE`).toBe(false);
    }
  });
});
