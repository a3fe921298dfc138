// Bundles the CLI for start-up speed (measured in the commit messages and README's benchmark):
// - dist/cli/main.cjs: the whole CLI as ONE CommonJS script. bin/cai-cach.js compiles it through a
//   V8 code cache (src/cli/start/code-cache.ts), which Node 20 offers for scripts (vm.Script) but
//   not for ES modules; one script also spares Node's ES module loader resolving and linking a
//   chunk per command. Modules reached only through `await import()` stay lazy: esbuild wraps
//   them in functions that run on first import, so `check` still never runs the DOCX writer.
// - dist/cli/start.cjs: the code-cache loader itself, which bin/cai-cach.js requires.
// - dist/precompiled-templates.cjs: the package's Handlebars templates, precompiled
//   (scripts/precompile-templates.mjs).
// npm packages stay external (they load only inside the commands that need them), except
// commander, which every command needs: bundled, it is compiled from the cache with the rest.
// Its top-level require of node:child_process (for executable subcommands, which cai-cach does
// not have) becomes a lazy getter: loading child_process cost every start about 9 ms.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { build } from "esbuild";
import { precompileTemplates } from "./precompile-templates.mjs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
// pdfkit is bundled too (see lazyPdfkitEngines); the engines it loads lazily stay external.
const PDFKIT_ENGINES = ["fontkit", "linebreak", "png-js", "@noble/ciphers"];
const external = [...Object.keys(pkg.dependencies).filter((name) => name !== "commander" && name !== "pdfkit"), ...PDFKIT_ENGINES];

/** commander/lib/command.js: `require('node:child_process')` only when a subcommand is spawned. */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      const eager = "const childProcess = require('node:child_process');";
      if (!text.includes(eager)) throw new Error(`bundle-cli: ${args.path} no longer requires child_process as expected`);
      const lazy = "const childProcess = { get spawn() { return require('node:child_process').spawn; } };";
      return { contents: text.replace(eager, lazy), loader: "js" };
    });
  },
};

/**
 * pdfkit/js/pdfkit.node.mjs imports at its top the engines for text (fontkit: fonts and shaping;
 * linebreak: Unicode line breaking), PNG images (png-js) and encryption (@noble/ciphers). cai-cach
 * uses none of them (src/write/pdf/ draws glyph ids itself and never encrypts), yet loading them
 * cost every PDF render ~80 ms (fontkit and linebreak inflate Unicode tables and a Brotli
 * dictionary as they load). Bundled, pdfkit is compiled from the code cache with the rest, and
 * each engine is required on first use only.
 */
const lazyPdfkitEngines = {
  name: "lazy-pdfkit-engines",
  setup(b) {
    b.onLoad({ filter: /pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => {
      let text = readFileSync(args.path, "utf8");
      const lazy = {
        "import { cbc, ecb } from '@noble/ciphers/aes';":
          "const cbc = (...a) => require('@noble/ciphers/aes').cbc(...a), ecb = (...a) => require('@noble/ciphers/aes').ecb(...a);",
        "import { create } from 'fontkit';": "const create = (...a) => require('fontkit').create(...a);",
        "import LineBreaker from 'linebreak';": "function LineBreaker(...a) { return new (require('linebreak'))(...a); }",
        "import PNG from 'png-js';": "function PNG(...a) { return new (require('png-js'))(...a); }",
      };
      for (const [eager, replacement] of Object.entries(lazy)) {
        if (!text.includes(eager)) throw new Error(`bundle-cli: ${args.path} no longer has ${eager}`);
        text = text.replace(eager, replacement);
      }
      return { contents: text, loader: "js" };
    });
  },
};

const common = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // The sources are ES modules: import.meta.url becomes the bundle's own file URL. The bundle
  // sits in dist/cli/, as src/cli/main.ts does in src/cli/, so "../../templates/" still works.
  define: { "import.meta.url": "__bundle_url" },
  banner: { js: 'var __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
  // Whitespace and syntax only: names stay readable in the stack trace of an internal error.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
};

// `import("pdfkit")` inside a vm.Script needs Node's experimental dynamic-import option, which
// prints a warning and does not survive the code cache. The bundle calls __cai_import instead,
// a function the loader passes in: a plain `import()` written in dist/cli/start.cjs, which sits
// beside main.cjs and so resolves every package the same way.
const main = await build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli/main.cjs",
  external,
  plugins: [lazyChildProcess, lazyPdfkitEngines],
  write: false,
  metafile: true,
});
const dynamic = Object.values(main.metafile.inputs)
  .flatMap((input) => input.imports)
  .filter((i) => i.kind === "dynamic-import" && i.external).length;
const [out] = main.outputFiles;
let replaced = 0;
const text = out.text.replace(/\bimport\("/g, () => {
  replaced++;
  return '__cai_import("';
});
if (replaced !== dynamic) throw new Error(`bundle-cli: ${replaced} import( in the bundle, ${dynamic} dynamic imports of packages`);
// esbuild escapes non-ASCII characters in strings but not in regular expressions: escaped there
// too, the bundle is ASCII, which V8 keeps as one byte per character and the loader reads
// without UTF-8 decoding (a Vietnamese letter in a regex made the whole 780 KB text two-byte).
// `\Đ` (an identity escape) becomes `\u0110`, not `\\u0110`.
const asciiText = text.replace(/(\\*)([^\u0000-\u007f])/gu, (_m, slashes, char) => {
  const escaped = [...String(char)]
    .flatMap((c) => (c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)]))
    .map((code) => `\\u${code.toString(16).padStart(4, "0")}`)
    .join("");
  return `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}${escaped}`;
});
mkdirSync(dirname(out.path), { recursive: true });
writeFileSync(out.path, asciiText);
// Beside the bundle, what the loader keys its code cache by (src/cli/start/code-cache.ts): the
// text's SHA-256, so no start hashes it, and whether it is ASCII (esbuild escapes strings but not
// regular expressions), so that it can be read without UTF-8 decoding.
const ascii = !/[^\u0000-\u007f]/.test(asciiText);
writeFileSync(`${out.path}.json`, `${JSON.stringify({ sha256: createHash("sha256").update(asciiText).digest("hex"), ascii })}\n`);
await build({ ...common, entryPoints: ["src/cli/start/code-cache.ts"], outfile: "dist/cli/start.cjs", packages: "external" });

precompileTemplates();
