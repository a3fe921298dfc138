// The start-up code cache (src/cli/start/code-cache.ts): used only when it matches the bundle,
// written once and atomically, never trusted when torn, and harmless when it cannot be written.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMAND_WORD, cacheDirs, loadBundle } from "../../src/cli/start/code-cache.js";
import { registerCommands } from "../../src/cli/commands/index.js";
import type { CommandContext } from "../../src/cli/io.js";

let dir: string;
let bundle: string;
const runtime = `${process.version} ${process.arch}`;
// Enough code for V8 to produce a cache worth the name; the function body runs, so it is compiled.
const source = (n: number) =>
  `"use strict";\nfunction work(x) { let s = 0; for (let i = 0; i < x; i++) s += i % 7; return s; }\nmodule.exports = { value: work(${n}), file: __filename };\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cai-cach-code-cache-"));
  bundle = join(dir, "main.cjs");
  writeFileSync(bundle, source(10));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cacheFiles = (d: string) => readdirSync(d).filter((f) => f.endsWith(".v8cache"));

describe("code cache", () => {
  it("misses, saves once, then hits with the same exports", () => {
    const cache = join(dir, "cache");
    const first = loadBundle<{ value: number; file: string }>(bundle, { dirs: [cache], command: "check", runtime });
    expect(first.cache).toBe("miss");
    expect(first.exports).toEqual({ value: 24, file: bundle });
    first.save();
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(cacheFiles(cache)[0]).toMatch(/^main\.cjs-check-[0-9a-f]{32}-v\d+\.\d+\.\d+_[a-z0-9]+\.v8cache$/);
    const second = loadBundle<{ value: number }>(bundle, { dirs: [cache], command: "check", runtime });
    expect(second.cache).toBe("hit");
    expect(second.exports.value).toBe(24);
    // No temp file is left behind.
    expect(readdirSync(cache)).toEqual(cacheFiles(cache));
  });

  it("keys the cache by the bundle's text, the runtime and the command, and drops the stale one", () => {
    const cache = join(dir, "cache");
    loadBundle(bundle, { dirs: [cache], command: "check", runtime }).save();
    const before = cacheFiles(cache)[0] as string;
    // Left by an upgrade a while ago: removed when the new cache is written.
    const old = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(join(cache, before), old, old);
    // Same length, different text: V8 alone would accept the old cache.
    writeFileSync(bundle, source(20));
    const changed = loadBundle<{ value: number }>(bundle, { dirs: [cache], command: "check", runtime });
    expect(changed.cache).toBe("miss");
    expect(changed.exports.value).toBe(57);
    changed.save();
    expect(cacheFiles(cache)).not.toContain(before);
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(loadBundle(bundle, { dirs: [cache], command: "render", runtime }).cache).toBe("miss");
    expect(loadBundle(bundle, { dirs: [cache], command: "check", runtime: "v0.0.0 x" }).cache).toBe("miss");
    // Another install's fresh cache in the same folder stays.
    writeFileSync(bundle, source(30));
    loadBundle(bundle, { dirs: [cache], command: "check", runtime }).save();
    expect(cacheFiles(cache)).toHaveLength(2);
    // A first argument that is no command word (an option, a path) shares one cache.
    loadBundle(bundle, { dirs: [cache], command: "--version", runtime }).save();
    loadBundle(bundle, { dirs: [cache], command: "../x.yaml", runtime }).save();
    expect(cacheFiles(cache).filter((f) => f.startsWith("main.cjs-other-"))).toHaveLength(1);
  });

  it("keys by the build's record of the bundle, and by its size and time so an edited bundle gets its own", () => {
    const cache = join(dir, "cache");
    writeFileSync(`${bundle}.json`, JSON.stringify({ sha256: "ab".repeat(32), ascii: true }));
    loadBundle(bundle, { dirs: [cache], command: "check", runtime }).save();
    expect(cacheFiles(cache)[0]).toMatch(/^main\.cjs-check-(ab){16}-\d+-\d+-v[\d.]+_[a-z0-9]+\.v8cache$/);
    expect(loadBundle(bundle, { dirs: [cache], command: "check", runtime }).cache).toBe("hit");
    // Edited after the build, same length, the record left as it was: the time tells.
    writeFileSync(bundle, source(20));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    const edited = loadBundle<{ value: number }>(bundle, { dirs: [cache], command: "check", runtime });
    expect(edited.cache).toBe("miss");
    expect(edited.exports.value).toBe(57);
    // A record that is not the build's is ignored: the text is hashed instead.
    writeFileSync(`${bundle}.json`, "{}");
    expect(loadBundle(bundle, { dirs: [cache], command: "check", runtime }).cache).toBe("miss");
  });

  it("never hands a torn or tampered file to V8", () => {
    const cache = join(dir, "cache");
    loadBundle(bundle, { dirs: [cache], command: "check", runtime }).save();
    const file = join(cache, cacheFiles(cache)[0] as string);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 10));
    const torn = loadBundle<{ value: number }>(bundle, { dirs: [cache], command: "check", runtime });
    expect(torn.cache).toBe("miss");
    expect(torn.exports.value).toBe(24);
    torn.save();
    expect(loadBundle(bundle, { dirs: [cache], command: "check", runtime }).cache).toBe("hit");
  });

  it("runs when no folder is writable, and falls back to the next folder", () => {
    const blocked = join(dir, "a-file");
    writeFileSync(blocked, "");
    const readOnly = loadBundle<{ value: number }>(bundle, { dirs: [join(blocked, "cache")], command: "check", runtime });
    expect(readOnly.exports.value).toBe(24);
    expect(() => readOnly.save()).not.toThrow();
    const second = join(dir, "user-cache");
    loadBundle(bundle, { dirs: [join(blocked, "cache"), second], command: "check", runtime }).save();
    expect(cacheFiles(second)).toHaveLength(1);
    expect(loadBundle(bundle, { dirs: [join(blocked, "cache"), second], command: "check", runtime }).cache).toBe("hit");
  });

  it("is off when no options are given", () => {
    expect(loadBundle(bundle, undefined).cache).toBe("off");
  });

  it("looks in the package's node_modules/.cache first, then the user's cache folder", () => {
    expect(cacheDirs("/pkg", { XDG_CACHE_HOME: "/home/u/.xdg" }, "linux")).toEqual([
      "/pkg/node_modules/.cache/cai-cach",
      "/home/u/.xdg/cai-cach",
    ]);
    expect(cacheDirs("/pkg", { LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" }, "win32")).toHaveLength(2);
    expect(cacheDirs("/pkg", {}, "win32")).toEqual(["/pkg/node_modules/.cache/cai-cach"]);
  });

  it("gives every registered command a cache of its own", () => {
    const program = new Command();
    registerCommands(program, { io: {} as CommandContext["io"], setExit: () => undefined });
    expect(program.commands.length).toBeGreaterThan(5);
    for (const command of program.commands) expect(command.name()).toMatch(COMMAND_WORD);
  });
});
