#!/usr/bin/env node
// The only place that touches `process`: everything below returns an exit code.
import { main } from "../dist/cli/main.js";

// A reader that stops early (`cai-cach check | head`) closes the pipe: stop writing quietly, as
// other command-line tools do, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
  });
}

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signals: process,
}).then((code) => {
  process.exitCode = code;
});
