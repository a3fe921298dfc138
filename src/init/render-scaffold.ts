// Renders the scaffold templates (templates/init/*.hbs, shipped with the package) with
// Handlebars in strict mode: a misspelt variable is an error, never an empty string.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** templates/init/ of the installed package (same depth from src/init and dist/init). */
export const SCAFFOLD_DIR = fileURLToPath(new URL("../../templates/init/", import.meta.url));
export const SCHEMAS_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

export function readScaffold(name: string): string {
  return readFileSync(SCAFFOLD_DIR + name, "utf8");
}

/** A YAML scalar: plain when that reads back as the same string, else double-quoted (JSON). */
export function yamlScalar(value: unknown): string {
  const s = String(value);
  const plainSafe = /^[\p{L}\p{N}][\p{L}\p{N} ,.()–/'-]*$/u.test(s) && !/^\d[\d-]*$/.test(s) && !/\s$/.test(s);
  return plainSafe ? s : JSON.stringify(s);
}

export async function renderScaffold(name: string, data: Record<string, unknown>): Promise<string> {
  const { default: Handlebars } = await import("handlebars");
  const hb = Handlebars.create();
  hb.registerHelper("yaml", (v: unknown) => yamlScalar(v));
  // noEscape: these are YAML and Markdown files, not HTML.
  return hb.compile(readScaffold(name), { strict: true, noEscape: true })(data);
}
