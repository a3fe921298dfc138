// Precompiled built-in templates (scripts/precompile-templates.mjs, src/templates/precompiled.ts):
// the same text as compiling at run time, used only while the template file is unchanged, never
// for a repository's own templates.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planContext } from "../../src/compose/compose-plan.js";
import { loadPlanFile } from "../../src/load/load-plan.js";
import type { Plan } from "../../src/model/plan.js";
import { PACKAGE_TEMPLATES } from "../../src/templates/find-template.js";
import { precompiledFor } from "../../src/templates/precompiled.js";
import { renderTemplate } from "../../src/templates/render-template.js";
import { REPO } from "../helpers/cli-bin.js";

let dir: string;
let table: string;
let plan: Plan;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cai-cach-precompiled-"));
  table = join(dir, "precompiled-templates.cjs");
  execFileSync(process.execPath, [join(REPO, "scripts/precompile-templates.mjs"), table]);
  const loaded = await loadPlanFile(join(REPO, "plans/plan-2022.yaml"));
  plan = loaded.result.value as Plan;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("precompiled templates", () => {
  it("holds every built-in template and partial, matched to its file's text", () => {
    for (const name of ["ke-hoach.hbs", "bao-cao.hbs", "partials/header.hbs", "partials/signature.hbs"]) {
      const file = join(PACKAGE_TEMPLATES, name);
      const source = readFileSync(file, "utf8").normalize("NFC");
      expect(precompiledFor(file, source, table), name).toBeDefined();
      expect(precompiledFor(file, `${source}\n`, table), `${name} edited`).toBeUndefined();
    }
  });

  it("renders the 2022 plan to the same text as compiling at run time", () => {
    const context = planContext(plan);
    const compiled = renderTemplate("ke-hoach", context, undefined, join(dir, "none.cjs"));
    const precompiled = renderTemplate("ke-hoach", context, undefined, table);
    expect(compiled.diagnostics).toEqual([]);
    expect(precompiled.value?.text).toBe(compiled.value?.text);
  });

  it("never serves a repository's own template, even one with the package's text", () => {
    const root = join(dir, "project");
    mkdirSync(join(root, "templates"), { recursive: true });
    copyFileSync(join(PACKAGE_TEMPLATES, "ke-hoach.hbs"), join(root, "templates/ke-hoach.hbs"));
    const own = join(root, "templates/ke-hoach.hbs");
    expect(precompiledFor(own, readFileSync(own, "utf8").normalize("NFC"), table)).toBeUndefined();
    writeFileSync(own, "@TenLoai {{typeName}} RIÊNG\n");
    const r = renderTemplate("ke-hoach", planContext(plan), root, table);
    expect(r.value?.text).toContain("RIÊNG");
  });

  it("keeps the file and line of an error in a precompiled partial", () => {
    const r = renderTemplate("ke-hoach", {}, undefined, table);
    expect(r.diagnostics[0]).toMatchObject({ code: "template/error" });
    expect(r.diagnostics[0]?.file).toMatch(/templates[\\/]partials[\\/]header\.hbs$/);
    const compiled = renderTemplate("ke-hoach", {}, undefined, join(dir, "none.cjs"));
    expect(r.diagnostics).toEqual(compiled.diagnostics);
  });
});
