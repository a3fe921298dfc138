// The parsed form of each activity log, kept under the repository (.cai-cach/cache/logs/, which
// .gitignore leaves out) so that `report` reads a log it has seen as JSON instead of decoding
// and parsing its YAML again: on 100,000 entries in 48 files, reading the logs took ~0.9 s and
// the cache ~0.2 s (hashing the bytes included).
//
// Never stale: an entry is used only when the SHA-256 of the log's bytes, the cache format, the
// cai-cach version and the log schema are all the ones it was written with. Never half-written:
// written to a temp file and renamed. Not synced to disk (48 fsyncs cost the first report ~2 s
// of wall time): after a crash an entry may be empty or cut short, and one that does not parse
// or whose stamp and hash do not match is a miss, so the worst case is parsing the log again.
// Only clean logs are kept (no diagnostic at all), so a cached log never hides a warning, and
// a cache that cannot be written (a read-only checkout) only means the next run parses again.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { tempPathFor } from "../util/atomic-write.js";
import type { LogFile } from "./log-model.js";
import { readRegularFile } from "../load/read-regular.js";

/** Bump when the reading of logs changes what a log parses to (plain-yaml.ts, read-log.ts). */
const FORMAT = 1;

interface CacheFile {
  stamp: string;
  hash: string;
  log: LogFile;
}

export interface LogParseCache {
  /**
   * The log's bytes' hash now, and its parsed form when the cache holds it for those bytes, with
   * the length of the cached text (the reader frees memory after large files).
   */
  lookup(path: string): Promise<{ hash: string; log?: LogFile; size?: number } | undefined>;
  /** Keeps `log` for `path` when the file still has the bytes hashed as `hash`. Never throws. */
  store(path: string, hash: string, log: LogFile): Promise<void>;
}

export const cacheFolder = (root: string): string => join(root, ".cai-cach", "cache", "logs");

/** The cache of the repository at `root`. */
export function logParseCache(root: string): LogParseCache {
  const dir = cacheFolder(root);
  let stampOf: Promise<string> | undefined;
  const stamp = () => (stampOf ??= programStamp());
  // One cache file per log, named after its path in the repository: an edited log replaces its
  // entry instead of adding one.
  const fileFor = (path: string) => join(dir, `${sha256(relative(root, path).split("\\").join("/")).slice(0, 32)}.json`);
  const hashOf = async (path: string) => {
    try {
      // The loader's reading: a pipe, a device or a file over the read limit is never read here
      // either (readLog then says why).
      return sha256(await readRegularFile(path));
    } catch {
      return undefined;
    }
  };
  return {
    async lookup(path) {
      const hash = await hashOf(path);
      if (hash === undefined) return undefined;
      try {
        const text = await readFile(fileFor(path), "utf8");
        const cached = JSON.parse(text) as Partial<CacheFile>;
        if (cached.stamp === (await stamp()) && cached.hash === hash && Array.isArray(cached.log?.entries))
          return { hash, log: cached.log, size: text.length };
      } catch {
        // No entry yet, or one that does not parse: read the log itself.
      }
      return { hash };
    },
    async store(path, hash, log) {
      const text = faithfulJson({ stamp: await stamp(), hash, log });
      // The log changed while it was read: what was parsed may not be what `hash` names.
      if (text === undefined || (await hashOf(path)) !== hash) return;
      const target = fileFor(path);
      const temp = tempPathFor(target);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temp, text, { flag: "wx" });
        await rename(temp, target);
      } catch {
        // A read-only repository: the cache is only ever a shortcut.
        await rm(temp, { force: true }).catch(() => undefined);
      }
    },
  };
}

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** What makes a cache entry belong to this cai-cach: its format, version and log schema. */
async function programStamp(): Promise<string> {
  const read = (relativeUrl: string) => readFile(new URL(relativeUrl, import.meta.url), "utf8").catch(() => "");
  // package.json and schemas/ sit two folders above both src/logs/ and dist/cli/.
  const [pkg, schema] = await Promise.all([read("../../package.json"), read("../../schemas/activity-log.schema.json")]);
  return sha256(`${FORMAT}\0${pkg}\0${schema}`);
}

/** JSON of `value`, or undefined when JSON would not give it back as it is (NaN, ±Infinity, -0). */
function faithfulJson(value: unknown): string | undefined {
  return jsonSafe(value) ? JSON.stringify(value) : undefined;
}

// A walk rather than a JSON.stringify replacer: a replacer takes JSON.stringify off its fast
// path, and 100,000 entries then cost the first report most of a second.
function jsonSafe(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(jsonSafe);
  if (v !== null && typeof v === "object") return Object.values(v).every(jsonSafe);
  return typeof v === "string" || typeof v === "boolean" || v === null;
}
