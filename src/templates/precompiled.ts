// The package's own templates as precompiled at build time (scripts/precompile-templates.mjs
// writes dist/precompiled-templates.cjs). An entry is used only for a file of the package's own
// templates/ whose text is still the text it was made from; anything else — a repository's own
// templates, an edited file, running from src/ without a build — is compiled at run time.
import { createRequire } from "node:module";
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { PACKAGE_TEMPLATES } from "./find-template.js";

interface Entry {
  source: string;
  spec: TemplateSpecification;
}

const require = createRequire(import.meta.url);
// dist/cli/main.cjs (the bundle) and dist/templates/*.js (tsc's emit) both sit one folder below dist/.
const BUILT = fileURLToPath(new URL("../precompiled-templates.cjs", import.meta.url));

const tables = new Map<string, ReadonlyMap<string, Entry>>();

function table(path: string): ReadonlyMap<string, Entry> {
  let found = tables.get(path);
  if (!found) {
    try {
      found = new Map(Object.entries(require(path) as Record<string, Entry>));
    } catch {
      // Not built (tests run from src/) or unreadable: every template compiles at run time.
      found = new Map();
    }
    tables.set(path, found);
  }
  return found;
}

/** The precompiled form of `file` when it is one of the package's templates and unchanged. */
export function precompiledFor(file: string, source: string, tablePath = BUILT): TemplateSpecification | undefined {
  const name = relative(PACKAGE_TEMPLATES, file).split(sep).join("/");
  if (name.startsWith("../")) return undefined;
  const entry = table(tablePath).get(name);
  return entry?.source === source ? entry.spec : undefined;
}
