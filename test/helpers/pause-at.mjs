// Preloaded with `node --import` into a cai-cach process that a test kills at an exact point
// instead of racing it: CAI_CACH_TEST_PAUSE="open:<regex>" stops the process right after it
// creates a file whose name matches, "rename:<regex>" right before it renames such a file into
// place. The process prints "paused at <what> <name>" on stderr and then blocks for good (the test
// kills it there). Nothing else changes: the process runs the shipped code up to that point.
// Plain JavaScript, because Node loads it before any TypeScript tooling.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { basename } from "node:path";

const spec = process.env.CAI_CACH_TEST_PAUSE;
if (spec) {
  const colon = spec.indexOf(":");
  const at = spec.slice(0, colon);
  const name = new RegExp(spec.slice(colon + 1), "u");
  if (at !== "open" && at !== "rename") throw new Error(`CAI_CACH_TEST_PAUSE: unknown point ${at}`);
  const pause = (path) => {
    if (!name.test(basename(String(path)))) return;
    fs.writeSync(2, `paused at ${at} ${basename(String(path))}\n`);
    // Blocks this thread (the only one running JavaScript) until the process is killed.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  };
  const { open, rename } = fs.promises;
  if (at === "open")
    fs.promises.open = async (path, ...rest) => {
      const handle = await open(path, ...rest);
      pause(path);
      return handle;
    };
  else
    fs.promises.rename = async (from, to) => {
      pause(from);
      return rename(from, to);
    };
  // The bundle imports { open, rename } from "node:fs/promises": make those bindings the wrappers.
  syncBuiltinESMExports();
}
