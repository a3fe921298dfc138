// cai-cach.config.yaml is read as plans are: its schema (schemas/config.schema.json) names a
// misspelled key with its correction at its line and column, and rule names are checked against
// the registered codes instead of being silently ignored.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";

const REPO = join(import.meta.dirname, "../..");

/** A repository root (it holds .git, so the search stops there) with this config. */
function repoWith(config: string): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-config-"));
  mkdirSync(join(root, ".git"));
  writeFileSync(join(root, "cai-cach.config.yaml"), config);
  return root;
}

describe("loadConfig", () => {
  it('names "windw" as schema/unknown-field at its key, suggesting "window"', () => {
    const r = loadConfig(repoWith("report:\n  deadlineDay: 20\n  windw: calendar\n"));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: "schema/unknown-field",
      file: "cai-cach.config.yaml",
      line: 3,
      column: 3,
      suggestions: ["window"],
      message: 'Trường "windw" không có trong "Báo cáo".',
    });
    expect(r.diagnostics[0]!.hint).toMatch(/^Có phải ý bạn là "window"\?/);
    // The config is not half-applied: the defaults stand.
    expect(r.value!.report.window).toBe("nd09");
  });

  it("names a rule that is no code of cai-cach, at its line, with the closest code", () => {
    const r = loadConfig(repoWith("rules:\n  rule/number-padding: warning\n  rule/tone-styl: off\n"));
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.suggestions?.[0]])).toEqual([["config/invalid", 3, 3, "rule/tone-style"]]);
    expect(r.value!.rules).toEqual({});
  });

  it("words a wrong value by the schema: an unknown window, a day out of range, each at its value", () => {
    const r = loadConfig(repoWith("report:\n  window: lich\n  deadlineDay: 40\n"));
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ["schema/enum", 2, 11],
      ["schema/range", 3, 16],
    ]);
  });

  it("gives a YAML syntax error its line (yaml/syntax)", () => {
    const r = loadConfig(repoWith("report:\n  window: [nd09\nrules:\n  rule/tone-style: off\n"));
    expect(r.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([["yaml/syntax", "cai-cach.config.yaml", 3]]);
  });

  it("reads an empty config, or empty sections, as the defaults", () => {
    for (const text of ["", "# chỉ có ghi chú\n", "report:\nrules:\n"]) {
      const r = loadConfig(repoWith(text));
      expect(r.diagnostics, text).toEqual([]);
      expect(r.value!.report).toEqual({ window: "nd09", deadlineDay: 20, addressees: [], recipients: [] });
    }
  });

  it("reads the repository's own config unchanged, NFC", () => {
    const r = loadConfig(REPO);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toMatchObject({
      root: REPO,
      report: {
        window: "nd09",
        deadlineDay: 20,
        addressees: ["Sở Nội vụ tỉnh Đồng Nai"],
        recipients: ["GĐ, PGĐ Sở", "Các phòng thuộc Sở"],
      },
      rules: {},
    });
    const nfd = loadConfig(repoWith("rules:\n  rule/tone-style: warning\nreport:\n  addressees: [Sở Nội vụ]\n".normalize("NFD")));
    expect(nfd.value!.report.addressees).toEqual(["Sở Nội vụ".normalize("NFC")]);
    expect(nfd.value!.rules).toEqual({ "rule/tone-style": "warning" });
  });
});
