// A period's report notes are read as plans are: their schema (schemas/notes.schema.json) names
// a misspelled key with its correction at its line, and a good file reads as before.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkNotesFile, loadNotesFile } from "../../src/report/notes.js";

function notesFile(text: string): { path: string; cwd: string } {
  const cwd = mkdtempSync(join(tmpdir(), "cai-cach-notes-"));
  const path = join(cwd, "2022-Q1.yaml");
  writeFileSync(path, text);
  return { path, cwd };
}

describe("loadNotesFile", () => {
  it('names "strenghts" as schema/unknown-field at its key, suggesting "strengths"', () => {
    const { path, cwd } = notesFile("number: 45\nstrenghts:\n  - Làm đúng hạn\n");
    const r = loadNotesFile(path, cwd);
    expect(r.diagnostics).toHaveLength(1);
    const [d] = r.diagnostics;
    expect([d!.code, `${d!.file}:${d!.line}:${d!.column}`, d!.suggestions]).toEqual([
      "schema/unknown-field",
      "2022-Q1.yaml:2:1",
      ["strengths"],
    ]);
    expect(d!.message).toBe('Trường "strenghts" không có trong "Ghi chú báo cáo".');
    expect(checkNotesFile(path, cwd)).toEqual(r.diagnostics);
  });

  it("words wrong values by the schema, each at its line", () => {
    const { path, cwd } = notesFile("number: 0\ndate: 18.03.2022\ncauses: { a: b }\nsigner: { title: GIÁM ĐỐC }\n");
    const found = loadNotesFile(path, cwd).diagnostics.map((d) => [d.code, d.line] as const);
    expect(found.sort((a, b) => a[1]! - b[1]!)).toEqual([
      ["schema/range", 1],
      ["schema/pattern", 2],
      ["schema/wrong-type", 3],
      ["schema/missing-field", 4],
    ]);
  });

  it("reads a good file: a sentence or a list, trimmed, NFC; the signer as written", () => {
    const text =
      "number: 45\ndate: 2022-03-18\nstrengths: Làm đúng hạn \ntasks:\n  - Tiếp tục\nsigner: { prefix: KT., authority: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Lê Kim Bằng }\n";
    const { path, cwd } = notesFile(text.normalize("NFD"));
    const r = loadNotesFile(path, cwd);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({
      file: "2022-Q1.yaml",
      number: 45,
      date: "2022-03-18",
      directing: [],
      results: [],
      strengths: ["Làm đúng hạn"],
      shortcomings: [],
      causes: [],
      tasks: ["Tiếp tục"],
      requests: [],
      signer: { prefix: "KT.", authority: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Lê Kim Bằng" },
    });
  });

  it("has no value and no problem when the file does not exist", () => {
    expect(loadNotesFile(join(tmpdir(), "khong-co-ghi-chu.yaml"), tmpdir())).toEqual({ diagnostics: [] });
  });
});
