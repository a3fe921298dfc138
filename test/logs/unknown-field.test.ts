// A misspelled key in a log entry is named, with its correction, at its own line: the log's
// schema (schemas/activity-log.schema.json) read through the one mapping of schema errors.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLog } from "../../src/logs/read-log.js";

const tmp = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), "cai-cach-log-field-")), "log.yaml");
  writeFileSync(path, text);
  return path;
};

describe("an unknown key in a log entry", () => {
  it('"sumary" is log/unknown-field at its line and column, suggesting "summary"', async () => {
    const text = [
      "year: 2022",
      "unit: tchc",
      "entries:",
      "  - date: 2022-01-05",
      "    items: [ht-video]",
      "    summary: Việc đầu",
      "  - date: 2022-01-06",
      "    items: [ht-video]",
      "    sumary: Việc thứ hai",
      "",
    ].join("\n");
    const r = await readLog(tmp(text), "log.yaml");
    expect(r.value).toBeUndefined();
    const unknown = r.diagnostics.find((d) => d.code === "log/unknown-field");
    expect(unknown).toMatchObject({
      file: "log.yaml",
      pointer: "/entries/1/sumary",
      line: 9,
      column: 5,
      suggestions: ["summary"],
      message: 'Trường "sumary" không có trong mẫu nhật ký.',
      hint: 'Có phải là "summary"?',
    });
    // The entry also lacks its summary: both problems, in the schema's order.
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["log/missing-field", 7],
      ["log/unknown-field", 9],
    ]);
  });

  it("a negative quantity is no schema problem: the log rules report it (log/negative-quantity)", async () => {
    const text =
      "year: 2022\nunit: tchc\nentries:\n  - date: 2022-01-05\n    items: [ht-video]\n    summary: Việc\n    quantities:\n      - { value: -2, measure: video }\n";
    const r = await readLog(tmp(text), "log.yaml");
    expect(r.diagnostics).toEqual([]);
    expect(r.value!.log.entries[0]!.quantities).toEqual([{ value: -2, measure: "video" }]);
  });
});
