// Bundles the CLI into dist/cli/main.js (replacing tsc's emit of that one file) with code
// splitting, so each lazily imported command is one chunk. Why: Node 20 spends more time
// resolving and linking ~50 small ES modules than `check` spends checking a plan; one module per
// command keeps `check` near Node's own start-up time. Chunks sit beside main.js, so paths
// computed from import.meta.url ("../../templates/") still point at the package root.
import { build } from "esbuild";

await build({
  entryPoints: { main: "src/cli/main.ts" },
  outdir: "dist/cli",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // npm packages stay external: they load only inside the commands that need them.
  packages: "external",
  chunkNames: "bundle-[name]-[hash]",
  // Whitespace and syntax only: V8 reads less source at every start (the generated schema
  // validators are most of it), while names stay readable in the stack trace of an internal error.
  minifyWhitespace: true,
  minifySyntax: true,
  allowOverwrite: true,
  logLevel: "warning",
});
