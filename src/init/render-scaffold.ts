// Renders the scaffold's README (templates/init/README.md.hbs, shipped with the package) with
// Handlebars in strict mode: a misspelt variable is an error, never an empty string. Typed values
// go through the one Markdown escaper ({{md …}}). The YAML files are not made here, but by the
// yaml library (yaml-template.ts).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mdInline } from "../util/markdown-text.js";

/** templates/init/ of the installed package (same depth from src/init and dist/init). */
export const SCAFFOLD_DIR = fileURLToPath(new URL("../../templates/init/", import.meta.url));
export const SCHEMAS_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));
/** The installed package's own folder (what `npm pack` packs when init vendors itself). */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export function readScaffold(name: string): string {
  return readFileSync(SCAFFOLD_DIR + name, "utf8");
}

export async function renderScaffold(name: string, data: Record<string, unknown>): Promise<string> {
  const { default: Handlebars } = await import("handlebars");
  const hb = Handlebars.create();
  hb.registerHelper("md", (v: unknown) => mdInline(String(v)));
  // noEscape: a Markdown file, not HTML; typed values are escaped with {{md …}}.
  return hb.compile(readScaffold(name), { strict: true, noEscape: true })(data);
}
