// Starts the bundled CLI (dist/cli/main.cjs) from V8's compiled code instead of its source.
// Why: Node 20 has no module.enableCompileCache (it arrives in 22), and compiling the bundle's
// functions at every start cost `check` more than checking the plan. V8 hands out the code it
// compiled for a script (vm.Script#createCachedData, taken after the command ran, so the lazily
// compiled functions of that command are in it) and accepts it back at the next start.
//
// The cache is trusted only when it matches: its file name carries a hash of the bundle's text,
// Node's version and architecture and the command (each command compiles different functions),
// and the file starts with a hash of its own payload, so a stale or torn file is never handed to
// V8 (V8 itself only compares the source's length). It lives where only the installing user or the
// running user can write: the package's own node_modules/.cache, else the user's cache folder —
// never the shared temp folder, whose files another user could plant. Written once, atomically
// (temp file + rename); when neither place is writable (a read-only install) the CLI simply
// compiles as before.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

/** The commands, each with a cache of its own; any other first argument shares "other". */
export const CACHED_COMMANDS = ["check", "render", "report", "log", "diff", "init", "preview"] as const;

const HASH_BYTES = 32;

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
  const source = readFileSync(bundle, "utf8");
  const name = options ? cacheFileName(bundle, source, options) : undefined;
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

function cacheFileName(bundle: string, source: string, options: CacheOptions): string {
  const command = CACHED_COMMANDS.find((c) => c === options.command) ?? "other";
  const key = createHash("sha256").update(options.runtime).update("\0").update(source).digest("hex").slice(0, 32);
  return `${basename(bundle)}-${command}-${key}.v8cache`;
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
    if (file.length <= HASH_BYTES) continue;
    const payload = file.subarray(HASH_BYTES);
    if (createHash("sha256").update(payload).digest().equals(file.subarray(0, HASH_BYTES))) return payload;
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
  const file = Buffer.concat([createHash("sha256").update(payload).digest(), payload]);
  for (const dir of dirs) {
    const target = join(dir, name);
    const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(temp, file, { mode: 0o600 });
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

/** Caches of the same bundle and command made for an older bundle or Node: never read again. */
function removeOlder(dir: string, name: string): void {
  const family = name.slice(0, name.lastIndexOf("-") + 1);
  try {
    for (const other of readdirSync(dir))
      if (other.startsWith(family) && other !== name && other.endsWith(".v8cache")) rmSync(join(dir, other), { force: true });
  } catch {
    // Only tidying: a folder that cannot be listed keeps its old files.
  }
}
