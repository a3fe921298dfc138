// Every {{path}} of the package's templates exists in the typed context it is rendered with
// (src/templates/context-shape.ts explains the design): renaming a field in PlanContext or
// ReportContext without the templates, or in a template without the interface, fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planContextShape } from "../../src/compose/plan-context.js";
import { reportContextShape } from "../../src/report/report-template-context.js";
import { checkTemplatePaths } from "../../src/templates/check-template-paths.js";
import type { AnyShape } from "../../src/templates/context-shape.js";
import { findPartials, findTemplate, templateDirs } from "../../src/templates/find-template.js";

const dirs = templateDirs();
const partials = new Map([...findPartials(dirs)].map(([name, file]) => [name, readFileSync(file, "utf8")]));
const check = (name: string, shape: AnyShape, source?: string, parts = partials) =>
  checkTemplatePaths(name, source ?? readFileSync(findTemplate(name, dirs) as string, "utf8"), shape, parts);
const paths = (problems: { template: string; path: string }[]) => problems.map((p) => `${p.template}: ${p.path}`);

describe("template contexts", () => {
  it.each([
    ["ke-hoach", planContextShape],
    ["van-ban", planContextShape],
    ["cong-van", planContextShape],
    ["quyet-dinh", planContextShape],
    ["bao-cao", reportContextShape],
  ] as const)("%s uses only fields of its context", (name, shape) => {
    expect(check(name, shape as AnyShape)).toEqual([]);
  });

  it("finds a field the context lacks, in the template and inside the partials it calls", () => {
    const { closing: _closing, ...withoutClosing } = planContextShape;
    // `{{#if closing}}` and `{{closing}}`: each use is reported.
    expect(paths(check("ke-hoach", withoutClosing as AnyShape))).toEqual(["ke-hoach: closing", "ke-hoach: closing"]);
    const { number: _number, ...appendix } = planContextShape.appendices.each;
    const renamed = { ...planContextShape, appendices: { each: { ...appendix, roman: true } } };
    // `{{#if number}}` and `{{number}}` ("Phụ lục" alone when it is the only appendix).
    expect(paths(check("ke-hoach", renamed as AnyShape))).toEqual(["appendix: number", "appendix: number"]);
  });

  it("follows #each, ../, #with, inline partials and hash arguments", () => {
    const shape: AnyShape = { rows: { each: { each: true } }, numeric: { each: true }, a: { b: true }, t: true };
    const source = [
      '{{#*inline "x"}}{{t}} {{nope}}{{/inline}}',
      "{{#each rows}}{{#each this}}{{#if (lookup ../../numeric @index)}}{{this}}{{/if}}{{../missing}}{{/each}}{{/each}}",
      "{{#with a}}{{b}} {{c}}{{/with}}",
      "{{> x}}",
      "{{> p title=t}}",
      "{{#each t}}{{/each}} {{a.b.c}} {{rows.x}}",
    ].join("\n");
    const problems = check("t", shape, source, new Map([["p", "{{title}} {{rows}} {{other}}"]]));
    expect(paths(problems)).toEqual(["t: ../missing", "t: c", "t: nope", "p: other", "t: #each", "t: a.b.c", "t: rows.x"]);
  });

  it("reports a partial or block helper that does not exist", () => {
    expect(paths(check("t", { a: true }, "{{> nowhere}}{{#repeat a}}{{/repeat}}", new Map()))).toEqual(["t: nowhere", "t: repeat"]);
  });
});
