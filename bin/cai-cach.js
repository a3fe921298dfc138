#!/usr/bin/env node
// The only place that touches `process`: everything below returns an exit code.
import { main } from "../dist/cli/main.js";

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
