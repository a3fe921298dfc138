// Starts the bundled CLI (dist/cli/main.cjs) from V8's compiled code instead of its source.
// Why: Node 20 has no module.enableCompileCache (it arrives in 22), and compiling the bundle's
// functions at every start cost `check` more than checking the plan. V8 hands out the code it
// compiled for a script (vm.Script#createCachedData, taken after the command ran, so the lazily
// compiled functions of that command are in it) and accepts it back at the next start.
//
// The cache is trusted only when it matches: its file name carries the SHA-256 of the bundle's text
// (computed by the build into main.cjs.json, so no start hashes 750 KB; with the bundle's size and
// modification time, so a bundle edited after the build gets a cache of its own), Node's version
// and architecture and the command (each command compiles different functions); and the file
// starts with a checksum of its own payload (zlib's CRC-32, else SHA-256 before Node 20.15), so a
// stale or torn file is never handed to V8 (V8 itself only compares the source's length). It lives where only the installing user or the
// running user can write: the package's own node_modules/.cache, else the user's cache folder —
// never the shared temp folder, whose files another user could plant. Written once, atomically
// (temp file + rename); when neither place is writable (a read-only install) the CLI simply
// compiles as before.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
// A namespace import: zlib.crc32 only exists from Node 20.15, and a missing named import would fail to link.
import * as zlib from "node:zlib";

/**
 * A first argument that looks like a command gets a cache of its own (each command compiles
 * different functions); anything else (options, paths) shares "other". A mistyped command makes
 * one more file, tidied away after a week: no list of commands to keep in step here.
 */
// Words and hyphens only ("new-year"): safe in a file name, never a path.
export const COMMAND_WORD = /^[a-z]+(-[a-z]+)*$/;

export interface CacheOptions {
  /** Folders to read the cache from and write it to, in order of preference. */
  dirs: string[];
  /** The command about to run (the CLI's first argument). */
  command: string | undefined;
  /** process.version + process.arch: V8's code is only valid for the V8 that made it. */
  runtime: string;
}

export interface LoadedBundle<T> {
  exports: T;
  /** How the cache was used: "hit", "miss" (none yet) or "rejected" (stale for V8). */
  cache: "hit" | "miss" | "rejected" | "off";
  /** Writes the cache when this start had none (call after the command ran). Never throws. */
  save(): void;
}

/** Where the cache may live: the package's node_modules/.cache, then the user's cache folder. */
export function cacheDirs(packageRoot: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const dirs = [join(packageRoot, "node_modules", ".cache", "cai-cach")];
  const userCache =
    platform === "win32" ? env.LOCALAPPDATA : platform === "darwin" ? join(homedir(), "Library", "Caches") : env.XDG_CACHE_HOME;
  const base = userCache && userCache.length > 0 ? userCache : platform === "win32" ? undefined : join(homedir(), ".cache");
  if (base) dirs.push(join(base, "cai-cach"));
  return dirs;
}

/** Compiles and runs a CommonJS bundle, through the code cache when `options` is given. */
export function loadBundle<T>(bundle: string, options: CacheOptions | undefined): LoadedBundle<T> {
  const built = buildRecord(bundle);
  // The build checked that the bundle is ASCII: then latin1 gives the same text without UTF-8 decoding.
  const source = readFileSync(bundle, built?.ascii ? "latin1" : "utf8");
  const name = options ? cacheFileName(bundle, built, source, options) : undefined;
  const found = name && options ? readCache(options.dirs, name) : undefined;
  const script = new Script(wrap(source), { filename: bundle, ...(found ? { cachedData: found } : {}) });
  const module = { exports: {} as T };
  const init = script.runInThisContext() as (
    exports: T,
    require: NodeJS.Require,
    module: { exports: T },
    filename: string,
    dirname: string,
    importPackage: (specifier: string) => Promise<unknown>,
  ) => void;
  init(module.exports, createRequire(bundle), module, bundle, dirname(bundle), importPackage);
  const cache = !options ? "off" : !found ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  return {
    exports: module.exports,
    cache,
    save: () => {
      if (cache !== "miss" && cache !== "rejected") return;
      if (options && name) writeCache(options.dirs, name, script);
    },
  };
}

/**
 * The wrapper Node puts around a CommonJS file, plus __cai_import: the bundle's dynamic imports
 * of packages (scripts/bundle-cli.mjs) go through this module's own `import()`, since a
 * vm.Script's import() needs an experimental option (and prints a warning).
 */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, __cai_import) { ${source}\n});`;
}

const importPackage = (specifier: string): Promise<unknown> => import(specifier);

interface BuildRecord {
  sha256: string;
  ascii: boolean;
  /** The bundle's size and modification time when it was read: a later edit changes them. */
  stamp: string;
}

/** What scripts/bundle-cli.mjs wrote beside the bundle, or undefined (a hand-made bundle). */
function buildRecord(bundle: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(`${bundle}.json`, "utf8")) as Partial<BuildRecord>;
    if (typeof record.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(record.sha256)) return undefined;
    const { size, mtimeMs } = statSync(bundle);
    return { sha256: record.sha256, ascii: record.ascii === true, stamp: `${size}-${Math.trunc(mtimeMs)}` };
  } catch {
    return undefined;
  }
}

function cacheFileName(bundle: string, built: BuildRecord | undefined, source: string, options: CacheOptions): string {
  const command = options.command !== undefined && COMMAND_WORD.test(options.command) ? options.command : "other";
  // Without the build's record the text itself is hashed (crypto loads only then).
  const text = built ? `${built.sha256.slice(0, 32)}-${built.stamp}` : sha256(Buffer.from(source, "utf8")).toString("hex").slice(0, 32);
  const runtime = options.runtime.replace(/[^0-9A-Za-z.]+/g, "_");
  return `${basename(bundle)}-${command}-${text}-${runtime}.v8cache`;
}

function sha256(data: Uint8Array): Buffer {
  return (createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto")).createHash("sha256").update(data).digest();
}

/** The payload's checksum: zlib's CRC-32 (Node 20.15+), else SHA-256. Same Node writes and reads it. */
function checksum(payload: Uint8Array): Buffer {
  if (typeof zlib.crc32 !== "function") return sha256(payload);
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(zlib.crc32(payload));
  return crc;
}

/** The payload of the first folder holding an intact cache file, else undefined. */
function readCache(dirs: string[], name: string): Buffer | undefined {
  for (const dir of dirs) {
    let file: Buffer;
    try {
      file = readFileSync(join(dir, name));
    } catch {
      continue;
    }
    const size = typeof zlib.crc32 === "function" ? 4 : 32;
    if (file.length <= size) continue;
    const payload = file.subarray(size);
    if (checksum(payload).equals(file.subarray(0, size))) return payload;
  }
  return undefined;
}

function writeCache(dirs: string[], name: string, script: Script): void {
  let payload: Buffer;
  try {
    payload = script.createCachedData();
  } catch {
    return;
  }
  const file = Buffer.concat([checksum(payload), payload]);
  for (const dir of dirs) {
    const target = join(dir, name);
    const temp = `${target}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(temp, file, { mode: 0o600, flag: "wx" });
      renameSync(temp, target);
      removeOlder(dir, name);
      return;
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
        // The folder itself is not there or not writable: nothing was left behind.
      }
    }
  }
}

/**
 * Caches of the same bundle and command made for another bundle or Node, untouched for a week:
 * left behind by an upgrade. Fresh ones stay: two installs sharing the user's cache folder (a
 * global and a project's) would otherwise delete each other's cache at every start.
 */
function removeOlder(dir: string, name: string): void {
  // "main.cjs-check": the bundle's file name and the command, the first two parts of every name.
  const family = name.split("-", 2).join("-");
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  try {
    for (const other of readdirSync(dir)) {
      if (!other.startsWith(`${family}-`) || other === name || !other.endsWith(".v8cache")) continue;
      const path = join(dir, other);
      if (statSync(path).mtimeMs < weekAgo) rmSync(path, { force: true });
    }
  } catch {
    // Only tidying: a folder that cannot be listed keeps its old files.
  }
}
