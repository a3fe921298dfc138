// Typst as a reference for the PDF writer (issue 16): its npm package, when installed, and a
// Times-metric serif face for it. Never installed by the bench itself: `npm run bench:typst`
// installs the package into bench/.typst/ (git-ignored); without it the row says so.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const TYPST_PACKAGE = "@myriaddreamin/typst-ts-node-compiler";

// Tinos itself (Debian fonts-croscore), else Liberation Serif 2 (fonts-liberation2), which is
// derived from Tinos: both metric-compatible with Times New Roman and covering Vietnamese.
const FACES = [
  { dir: "/usr/share/fonts/truetype/croscore", file: "Tinos-Regular.ttf", family: "Tinos" },
  { dir: "/usr/share/fonts/truetype/liberation2", file: "LiberationSerif-Regular.ttf", family: "Liberation Serif" },
];

/** { module, version, fonts, family } or { reason } when Typst cannot run here. */
export function findTypst(repo) {
  let module;
  for (const base of [join(repo, "bench/.typst/package.json"), join(repo, "package.json")]) {
    try {
      module = createRequire(base).resolve(TYPST_PACKAGE);
      break;
    } catch {
      // not installed there
    }
  }
  if (!module) return { reason: `Typst's npm package (${TYPST_PACKAGE}) not installed: npm run bench:typst` };
  const face = FACES.find((f) => existsSync(join(f.dir, f.file)));
  if (!face) return { reason: "no Tinos or Liberation Serif TrueType font (apt-get install fonts-croscore)" };
  let version = "unknown";
  for (let dir = dirname(module); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (!existsSync(pkg)) continue;
    const json = JSON.parse(readFileSync(pkg, "utf8"));
    if (json.name === TYPST_PACKAGE) {
      version = json.version;
      break;
    }
  }
  return { module, version, fonts: face.dir, family: face.family };
}
