// Where a template comes from: the user's repository `templates/<name>.hbs` overrides the
// package's own `templates/<name>.hbs` (issue 3, item 6), so a province can reword a part
// without forking cai-cach. Partials live in `templates/partials/` and override the same way.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's templates folder (src/templates → ../../templates, and the same from dist/). */
export const PACKAGE_TEMPLATES = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Folders searched in order: the project's own, then the package's. */
export function templateDirs(projectRoot?: string): string[] {
  const dirs = projectRoot ? [join(projectRoot, "templates")] : [];
  return [...dirs, PACKAGE_TEMPLATES].filter((d, i, all) => all.indexOf(d) === i);
}

/** Path of `<name>.hbs`, or undefined when no folder has it. */
export function findTemplate(name: string, dirs: string[]): string | undefined {
  for (const dir of dirs) {
    const file = join(dir, `${name}.hbs`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Every partial name → its file, the first folder winning. */
export function findPartials(dirs: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of dirs) {
    const pdir = join(dir, "partials");
    if (!existsSync(pdir)) continue;
    for (const entry of readdirSync(pdir).sort()) {
      const m = /^(.+)\.hbs$/.exec(entry);
      if (m && !found.has(m[1])) found.set(m[1], join(pdir, entry));
    }
  }
  return found;
}
