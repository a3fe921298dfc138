// src/model/plan.ts is written by hand from schemas/plan.schema.json. This test generates the
// types from the schema (json-schema-to-typescript) and has the TypeScript compiler check that
// each generated type is the same as its hand-written twin, field by field and at every depth:
// a field added to the schema but not to the model, removed, renamed or retyped fails here.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "json-schema-to-typescript";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const REPO = join(import.meta.dirname, "../..");
const MODEL = join(REPO, "src/model/plan.js");
const SCHEMA: Schema = JSON.parse(readFileSync(join(REPO, "schemas/plan.schema.json"), "utf8"));

type Schema = { [key: string]: unknown };

/** Hand-written type (src/model/plan.ts) → the generated type it must equal. */
const PAIRS: Record<string, [model: string, generated: string]> = {
  Plan: ['Omit<M.Plan, "source">', "G.Plan"], // `source` is set by the loader, not written in YAML
  Section: ["M.Section", "G.Section"],
  Item: ["M.Item", "Exclude<G.Item, string>"], // the schema's item is "a string or an object"
  Table: ["M.Table", "G.Table"],
  Appendix: ["M.Appendix", "G.Appendix"],
  Agency: ["M.Agency", "G.Agency"],
  Unit: ["M.Unit", "G.Unit"],
  Signer: ["M.Signer", "G.Signer"],
  Target: ["M.Target", "G.Targets"],
  DocumentTypeCode: ["M.DocumentTypeCode", 'G.Plan["type"]'],
  SignerPrefix: ["M.SignerPrefix", 'NonNullable<G.Signer["prefix"]>'],
  Frequency: ["M.Frequency", 'NonNullable<G.Targets["frequency"]>'],
};

/** The schema without titles and descriptions (they only name and document types), each of its
 * $defs named after its key, so the generated names are stable: Section, Item, Targets… */
function forNaming(schema: Schema): Schema {
  const strip = (node: unknown, keysAreNames: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => strip(n, false));
    if (typeof node !== "object" || node === null) return node;
    const out: Schema = {};
    for (const [key, value] of Object.entries(node)) {
      if (!keysAreNames && (key === "title" || key === "description" || key === "$id")) continue;
      out[key] = strip(value, !keysAreNames && (key === "properties" || key === "$defs"));
    }
    return out;
  };
  const out = strip(schema, false) as Schema;
  const defs = (out.$defs ?? {}) as Record<string, Schema>;
  for (const [name, def] of Object.entries(defs)) def.title = name[0].toUpperCase() + name.slice(1);
  return { ...out, title: "Plan" };
}

const CHECK_HEADER = `
type Norm<T> = T extends readonly (infer U)[] ? Norm<U>[] : T extends object ? { [K in keyof T]: Norm<T[K]> } : T;
type Same<A, B> = (<T>() => T extends Norm<A> ? 1 : 2) extends <T>() => T extends Norm<B> ? 1 : 2 ? true : false;
type OnlyIn<A, B> = [Exclude<A extends object ? keyof A : never, B extends object ? keyof B : never>] extends [never]
  ? true
  : Exclude<A extends object ? keyof A : never, B extends object ? keyof B : never>;
`;

/** Compiler errors of comparing the model with the types generated from each schema, by name;
 * [] when they agree. One TypeScript program for all, so the standard library is read once. */
async function driftErrors(schemas: Record<string, Schema>): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-plan-types-"));
  const checks: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const generated = await compile(forNaming(schema) as Parameters<typeof compile>[0], "Plan", {
      bannerComment: "",
      format: false,
      additionalProperties: false,
      ignoreMinAndMaxItems: true,
      unreachableDefinitions: true,
    });
    writeFileSync(join(dir, `generated-${name}.ts`), generated);
    // A failing line is reported by its trailing comment; the first two name the fields.
    const lines = Object.entries(PAIRS).flatMap(([pair, [model, gen]]) => [
      `export const ${pair}SchemaOnly: OnlyIn<${gen}, ${model}> = true; // ${pair}, fields only in the schema`,
      `export const ${pair}ModelOnly: OnlyIn<${model}, ${gen}> = true; // ${pair}, fields only in the model`,
      `export const ${pair}: Same<${model}, ${gen}> = true; // ${pair}, not the same type at some depth`,
    ]);
    checks[name] = join(dir, `check-${name}.ts`);
    writeFileSync(
      checks[name],
      `import type * as G from "./generated-${name}.js";\nimport type * as M from ${JSON.stringify(MODEL)};\n${CHECK_HEADER}\n${lines.join("\n")}\n`,
    );
  }
  const program = ts.createProgram(Object.values(checks), {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  const out: Record<string, string[]> = {};
  for (const [name, file] of Object.entries(checks)) {
    out[name] = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file || d.start === undefined) return text;
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      const source = d.file.text.split("\n")[line];
      return `${source.includes("//") ? `${source.split("// ").at(-1)}: ` : ""}${text}`;
    });
  }
  return out;
}

/** A copy of the schema changed by `edit`. */
function edited(edit: (schema: Schema & { $defs: Record<string, Schema & { properties: Schema; required?: string[] }> }) => void): Schema {
  const copy = structuredClone(SCHEMA) as Parameters<typeof edit>[0];
  edit(copy);
  return copy;
}

describe("src/model/plan.ts against schemas/plan.schema.json", () => {
  it("declares the same types, field by field, as the schema; and the check notices drift", async () => {
    const errors = await driftErrors({
      schema: SCHEMA,
      // The check itself must catch drift: an optional field added to the schema only…
      added: edited((s) => {
        s.$defs.section.properties.note = { type: "string" };
      }),
      // …a required field renamed in the schema only…
      renamed: edited((s) => {
        const { name, ...rest } = s.$defs.signer.properties;
        s.$defs.signer.properties = { ...rest, fullName: name };
        s.$defs.signer.required = ["title", "fullName"];
      }),
      // …and a field whose type changed.
      retyped: edited((s) => {
        s.$defs.quantity.properties.value = { type: "string" };
      }),
    });
    expect(errors.schema, "the model differs from the schema: update src/model/plan.ts or the schema").toEqual([]);
    expect(errors.added).toContain(`Section, fields only in the schema: Type 'true' is not assignable to type '"note"'.`);
    expect(errors.renamed).toContain(`Signer, fields only in the schema: Type 'true' is not assignable to type '"fullName"'.`);
    expect(errors.renamed).toContain(`Signer, fields only in the model: Type 'true' is not assignable to type '"name"'.`);
    expect(errors.retyped).toContain("Target, not the same type at some depth: Type 'true' is not assignable to type 'false'.");
  });
});
