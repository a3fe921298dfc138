#!/usr/bin/env node
// The only place that touches `process`: everything below returns an exit code.
// The CLI is one bundled script (scripts/bundle-cli.mjs) started from V8's code cache
// (src/cli/start/code-cache.ts); CAI_CACH_CODE_CACHE=off compiles it from source every time.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { cacheDirs, loadBundle } = require("../dist/cli/start.cjs");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const cache =
  process.env.CAI_CACH_CODE_CACHE === "off"
    ? undefined
    : { dirs: cacheDirs(root, process.env, process.platform), command: argv[0], runtime: `${process.version} ${process.arch}` };
const cli = loadBundle(join(root, "dist/cli/main.cjs"), cache);

// A reader that stops early (`cai-cach check | head`) closes the pipe: stop writing quietly, as
// other command-line tools do, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
  });
}

cli.exports
  .main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    signals: process,
  })
  .then((code) => {
    process.exitCode = code;
    // After the command: the cache then holds the functions this command compiled.
    cli.save();
  });
