import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderTemplate } from "../../src/templates/render-template.js";
import { composeDocument } from "../../src/compose/compose-document.js";
import { parseMarkup } from "../../src/compose/markup.js";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-tpl-"));
  for (const [name, text] of Object.entries(files)) {
    const path = join(root, "templates", name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
  }
  return root;
}

const meta = { title: "t", date: "2022-01-27" };

describe("templates", () => {
  it("uses the project's own template before the package's", () => {
    const root = project({ "ke-hoach.hbs": "@TenLoai KẾ HOẠCH RIÊNG\n@NoiDung {{title}}\n" });
    const r = composeDocument("ke-hoach", { title: "Tiêu đề" }, { projectRoot: root, meta });
    expect(r.diagnostics).toEqual([]);
    expect(r.value!.parts[0].blocks).toMatchObject([
      { style: "TenLoai", runs: [{ text: "KẾ HOẠCH RIÊNG" }] },
      { style: "NoiDung", runs: [{ text: "Tiêu đề" }] },
    ]);
  });

  it("lets a project override one partial and keeps the package's others", () => {
    const root = project({ "partials/title.hbs": "@TenLoai {{typeName}} (bản riêng)\n" });
    const r = renderTemplate("ke-hoach", {}, root);
    // The package template runs with the project's title partial: strict mode then stops on
    // the first variable missing from this empty context, inside the package's header partial.
    expect(r.diagnostics[0]).toMatchObject({ code: "template/error" });
    expect(r.diagnostics[0].file).toMatch(/templates[\\/]partials[\\/]header\.hbs$/);
  });

  it("reports a missing variable (strict mode) with the template file and line", () => {
    const root = project({ "x.hbs": "@TenLoai KẾ HOẠCH\n\n@NoiDung {{closing.text}}\n" });
    const r = composeDocument("x", { closing: {} }, { projectRoot: root, meta });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: "template/error", severity: "error", line: 3, file: join(root, "templates", "x.hbs") });
    expect(r.diagnostics[0].message).toContain('biến "text" không có trong dữ liệu của mẫu');
    expect(r.diagnostics[0].message).not.toMatch(/\n\s+at /);
  });

  it("reports a syntax error in a partial with the partial's file and line", () => {
    const root = project({ "y.hbs": "{{> broken}}\n", "partials/broken.hbs": "@NoiDung a\n{{#if x}}\n@NoiDung b\n{{/fi}}\n" });
    const r = composeDocument("y", { x: 1 }, { projectRoot: root, meta });
    expect(r.diagnostics[0]).toMatchObject({ code: "template/error", file: join(root, "templates", "partials", "broken.hbs"), line: 2 });
    // Handlebars points at the block that is not closed properly: {{#if}} on line 2.
    expect(r.diagnostics[0].message).toContain("thẻ đóng {{/fi}} không khớp với khối {{#if}}");
  });

  it("reports a template that does not exist", () => {
    expect(renderTemplate("khong-co", {}).diagnostics[0].code).toBe("template/missing");
  });

  it("keeps a value with line breaks on one markup line", () => {
    const root = project({ "z.hbs": "@NoiDung {{t}}\n" });
    const r = composeDocument("z", { t: "dòng một\n@Muc dòng hai" }, { projectRoot: root, meta });
    expect(r.value!.parts[0].blocks).toEqual([{ type: "paragraph", style: "NoiDung", runs: [{ text: "dòng một @Muc dòng hai" }] }]);
  });
});

describe("markup", () => {
  it("parses tables, cells, rules and parts", () => {
    const { parts, errors } = parseMarkup(
      "@table signature keep\n@row\n@cell\n@NoiNhanTieuDe Nơi nhận:\n@cell\n@ChucVu GIÁM ĐỐC\n@end\n@part\n@PhuLuc Phụ lục I\n",
    );
    expect(errors).toEqual([]);
    expect(parts).toHaveLength(2);
    expect(parts[0].blocks[0]).toMatchObject({
      type: "table",
      role: "signature",
      keepTogether: true,
      rows: [[{ blocks: [{ style: "NoiNhanTieuDe" }] }, { blocks: [{ style: "ChucVu" }] }]],
    });
    expect(parts[1].blocks).toMatchObject([{ style: "PhuLuc" }]);
  });

  it("sets a balanced style (the trích yếu) as one paragraph per line, broken between phrases", () => {
    const { parts } = parseMarkup("@TrichYeu Thông tin, tuyên truyền cải cách hành chính trên địa bàn tỉnh giai đoạn 2021-2030\n");
    const texts = parts[0].blocks.map((b) => (b.type === "paragraph" ? b.runs.map((r) => r.text).join("") : b.type));
    expect(texts).toEqual(["Thông tin, tuyên truyền cải cách hành chính", "trên địa bàn tỉnh giai đoạn 2021-2030"]);
  });

  it("sets the first n words bold with '@Style/n' (an article's label, its text running on)", () => {
    const { parts } = parseMarkup("@Dieu/2 Điều 1. Ban hành kèm theo Quyết định này\n");
    const p = parts[0].blocks[0];
    expect(p.type === "paragraph" ? p.runs : []).toEqual([{ text: "Điều 1.", bold: true }, { text: " Ban hành kèm theo Quyết định này" }]);
  });

  it("marks '@Style+' paragraphs keep-with-next", () => {
    const { parts, errors } = parseMarkup("@NoiDung+ câu kết./.\n@NoiDung thường\n@KhongCo+ x\n");
    expect(errors.map((e) => e.line)).toEqual([3]);
    expect(parts[0].blocks).toEqual([
      { type: "paragraph", style: "NoiDung", runs: [{ text: "câu kết./." }], keepWithNext: true },
      { type: "paragraph", style: "NoiDung", runs: [{ text: "thường" }] },
    ]);
  });

  it("reports every bad line with its number", () => {
    const { errors } = parseMarkup("@NoiDung a\nchữ trơn\n@KhongCo x\n@rule dai\n@cell\n@table data\n");
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(errors[1].message).toContain("@KhongCo");
  });

  it("caps a rule to its container", () => {
    // A body paragraph: the trích yếu would be balanced into lines that each fit.
    const long = "Một đoạn văn rất dài ".repeat(12);
    const { parts } = parseMarkup(`@NoiDung ${long}\n@rule text\n`);
    const rule = parts[0].blocks[1];
    expect(rule.type).toBe("rule");
    expect((rule as { widthPt: number }).widthPt).toBeLessThanOrEqual((165 * 72) / 25.4 + 0.01);
  });
});
