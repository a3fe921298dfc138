// The bad-input corpus, table-driven: every case under test/fixtures/bad-input/ (see corpus.ts).
// A case with "bug" documents the expected behaviour of a known product bug and runs as it.fails.
import { describe, expect, it } from "vitest";
import { canSetImmutable, isRoot, loadCases } from "./corpus.js";
import { runCase } from "./run-case.js";

const cases = loadCases();
const immutableWorks = canSetImmutable();

describe("bad-input corpus", () => {
  it("holds at least 40 cases, each with a command and an exit code", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) {
      expect(c.spec.command.length, c.name).toBeGreaterThan(0);
      expect([0, 1, 2], c.name).toContain(c.spec.exit);
      expect(c.spec.description, c.name).toBeTruthy();
    }
  });

  it("covers every kind of bad input issue 6 names", () => {
    const names = new Set(cases.map((c) => c.name));
    const required = [
      "yaml-unclosed-bracket",
      "yaml-tab-indent",
      "yaml-duplicate-key",
      "yaml-alias-bomb",
      "big-file-50mb",
      "binary-file",
      "encoding-utf16le",
      "encoding-utf16be",
      "encoding-utf8-bom",
      "encoding-nfd",
      "legacy-tcvn3-bytes",
      "legacy-vni-bytes",
      "legacy-tcvn3-pasted",
      "legacy-vni-pasted",
      "date-impossible",
      "code-type-mismatch",
      "code-issuer-mismatch",
      "unknown-unit",
      "unknown-key",
      "wrong-type-string",
      "empty-file",
      "list-not-mapping",
      "missing-file",
      "directory-as-file",
      "output-escapes-symlink",
      "output-folder-is-file",
      "output-folder-immutable",
      "output-readonly-existing",
      "template-syntax-error",
      "template-unknown-variable",
      "font-missing",
      "log-unknown-item",
      "log-negative-quantity",
      "log-date-outside-year",
      "log-duplicate-entry",
      "log-import-bad-csv",
      "config-bad-value",
      "config-broken-yaml",
    ];
    expect(required.filter((n) => !names.has(n))).toEqual([]);
  });

  for (const c of cases.filter((x) => x.spec.mock === undefined)) {
    const title = `${c.name}: ${c.spec.description}`;
    if (c.spec.skipIfRoot && isRoot()) it.skip(`${title} (permission bits do not stop root)`, () => undefined);
    else if (c.spec.setup?.some((s) => s.startsWith("immutable:")) && !immutableWorks)
      it.skip(`${title} (chattr +i not available)`, () => undefined);
    // CORPUS_SHOW_BUGS=1 runs the known-bug cases as plain tests, to read why each one fails.
    else if (c.spec.bug && !process.env.CORPUS_SHOW_BUGS) it.fails(`${title} — known bug: ${c.spec.bug}`, () => runCase(c));
    else it(title, () => runCase(c));
  }
});
