// The report's parse cache of activity logs (src/logs/parse-cache.ts): a hit only for the same
// bytes and the same cai-cach, never a torn or foreign entry, harmless when it cannot be written;
// and a report read from the cache prints exactly what a report read from the logs prints.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheFolder, logParseCache } from "../../src/logs/parse-cache.js";
import type { LogFile } from "../../src/logs/log-model.js";
import { runCli } from "../helpers/cli-run.js";
import { REPO } from "../helpers/cli-bin.js";

let root: string;
const log: LogFile = {
  unit: "vp",
  entries: [{ date: "2022-01-05", items: ["a"], summary: "Họp", quantities: [{ value: 2, measure: "buổi" }] }],
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "cai-cach-parse-cache-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const logPath = () => join(root, "logs", "a.yaml");
describe("log parse cache", () => {
  beforeEach(() => mkdirSync(join(root, "logs")));

  it("misses, stores, then hits for the same bytes only", async () => {
    writeFileSync(logPath(), "entries: []\n");
    const cache = logParseCache(root);
    const first = await cache.lookup(logPath());
    expect(first?.log).toBeUndefined();
    await cache.store(logPath(), first!.hash, log);
    expect((await logParseCache(root).lookup(logPath()))?.log).toEqual(log);
    writeFileSync(logPath(), "entries: [] \n");
    const changed = await logParseCache(root).lookup(logPath());
    expect(changed?.log).toBeUndefined();
    expect(changed?.hash).not.toBe(first!.hash);
  });

  it("does not store when the log changed while it was read", async () => {
    writeFileSync(logPath(), "entries: []\n");
    const cache = logParseCache(root);
    const seen = await cache.lookup(logPath());
    writeFileSync(logPath(), "entries: [ ]\n");
    await cache.store(logPath(), seen!.hash, log);
    expect(readdirSync(root)).not.toContain(".cai-cach");
  });

  it("treats a torn entry or one made by another cai-cach as a miss", async () => {
    writeFileSync(logPath(), "entries: []\n");
    const cache = logParseCache(root);
    await cache.store(logPath(), (await cache.lookup(logPath()))!.hash, log);
    const [name] = readdirSync(cacheFolder(root));
    const entry = join(cacheFolder(root), name as string);
    const whole = readFileSync(entry, "utf8");
    writeFileSync(entry, whole.slice(0, whole.length / 2));
    expect((await logParseCache(root).lookup(logPath()))?.log).toBeUndefined();
    writeFileSync(entry, whole.replace(/"stamp":"[0-9a-f]+"/, `"stamp":"${"0".repeat(64)}"`));
    expect((await logParseCache(root).lookup(logPath()))?.log).toBeUndefined();
    writeFileSync(entry, whole);
    expect((await logParseCache(root).lookup(logPath()))?.log).toEqual(log);
  });

  it("keeps nothing JSON would not give back, and survives a folder it cannot write", async () => {
    writeFileSync(logPath(), "entries: []\n");
    const cache = logParseCache(root);
    const { hash } = (await cache.lookup(logPath()))!;
    await cache.store(logPath(), hash, { entries: [{ ...log.entries[0]!, cost: Number.POSITIVE_INFINITY }] });
    await cache.store(logPath(), hash, { entries: [{ ...log.entries[0]!, cost: -0 }] });
    expect(readdirSync(root)).not.toContain(".cai-cach");
    // .cai-cach is a file: no folder can be made under it.
    writeFileSync(join(root, ".cai-cach"), "");
    await expect(cache.store(logPath(), hash, log)).resolves.toBeUndefined();
    expect((await logParseCache(root).lookup(logPath()))?.log).toBeUndefined();
  });
});

describe("report with the cache", () => {
  it("prints the same report from the logs and from the cache, and follows an edited log", async () => {
    cpSync(join(REPO, "plans"), join(root, "plans"), { recursive: true });
    cpSync(join(REPO, "logs"), join(root, "logs"), { recursive: true });
    const env = { SOURCE_DATE_EPOCH: "1700000000", NO_COLOR: "1" };
    const report = () => runCli(["report", "--quarter", "1", "--year", "2022", "--format", "json", "--out", "out"], root, env);
    const read = () => readFileSync(join(root, "out", readdirSync(join(root, "out"))[0] as string), "utf8");
    const cold = await report();
    expect(cold.code).toBe(0);
    const coldJson = read();
    expect(readdirSync(cacheFolder(root)).length).toBeGreaterThan(0);
    const warm = await report();
    expect(warm).toEqual(cold);
    expect(read()).toBe(coldJson);
    // Drop every entry of the log with most of the quarter: the report must see it, not the cache.
    const file = join(root, "logs", "2022", "tchc.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, `${text.slice(0, text.indexOf("entries:"))}entries: []\n`);
    expect((await report()).code).toBe(0);
    const edited = read();
    rmSync(join(root, ".cai-cach"), { recursive: true });
    expect((await report()).code).toBe(0);
    expect(edited).toBe(read());
    expect(edited).not.toBe(coldJson);
  });
});
