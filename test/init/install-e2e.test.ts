// End to end, as an IT officer sets up an agency: `npm pack` this repository, `cai-cach init
// --from-tarball` into a new folder (package.json pins the tarball, npm writes package-lock.json),
// `npm ci` there from the npm registry, then `npx cai-cach check`, `render` and `report` in it.
// Slow (npm resolves and installs the whole tree), so it is this one file. It needs the npm
// registry: when the registry cannot be reached it is skipped, and says so on stderr in capitals;
// anything else that fails, fails.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const VERSION: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const run = promisify(execFile);

function registryReachable(): boolean {
  try {
    execFileSync("npm", ["ping"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const online = registryReachable();
if (!online)
  console.error(
    "\n*** THE NPM REGISTRY IS NOT REACHABLE (npm ping failed): THE END-TO-END INSTALL TEST (test/init/install-e2e.test.ts) IS SKIPPED. IT HAS NOT RUN. ***\n",
  );

describe.skipIf(!online)("an agency repository installed from a packed cai-cach", () => {
  const work = mkdtempSync(join(tmpdir(), "cai-cach-e2e-"));
  const repo = join(work, "so-noi-vu");
  // The plan's year and date: 2026-01-05 in Vietnam.
  const env = { ...process.env, SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 5) / 1000), NO_COLOR: "1" };
  const sh = async (cmd: string, args: string[], cwd: string) => {
    try {
      const r = await run(cmd, args, { cwd, env, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
    }
  };
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("packs, inits from the tarball, installs with npm ci and runs check, render and report", async () => {
    // 1. npm pack this repository. Scripts off: vitest's global setup has just built the bundle
    //    the package ships (dist/), and `prepare` would rebuild it mid-test.
    const pack = await sh("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work, ROOT], ROOT);
    expect(pack.code, pack.stderr).toBe(0);
    const tarball = join(work, `cai-cach-${VERSION}.tgz`);
    expect(existsSync(tarball)).toBe(true);

    // 2. init --from-tarball into a new folder, with the packed cai-cach itself.
    const init = await sh(
      process.execPath,
      [join(ROOT, "bin", "cai-cach.js"), "init", repo, "--from-tarball", tarball, "--agency", "Sở Nội vụ", "--place", "Đồng Nai"],
      work,
    );
    expect(init.code, init.stdout + init.stderr).toBe(0);
    expect(readdirSync(join(repo, "vendor"))).toEqual([`cai-cach-${VERSION}.tgz`]);
    expect(JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).dependencies).toEqual({
      "cai-cach": `file:vendor/cai-cach-${VERSION}.tgz`,
    });
    expect(existsSync(join(repo, "package-lock.json")), init.stdout).toBe(true);

    // 3. npm ci: exactly the locked tree, as on a clerk's PC and in CI.
    const ci = await sh("npm", ["ci", "--no-audit", "--no-fund"], repo);
    expect(ci.code, ci.stderr).toBe(0);

    // 4. The commands through npx, from the repository's own node_modules.
    const version = await sh("npx", ["--no-install", "cai-cach", "--version"], repo);
    expect(version.stdout.trim()).toContain(VERSION);
    const check = await sh("npx", ["--no-install", "cai-cach", "check"], repo);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain("1 kế hoạch");
    const render = await sh("npx", ["--no-install", "cai-cach", "render", "plans/plan-2026.yaml"], repo);
    expect(render.code, render.stdout + render.stderr).toBe(0);
    expect(readdirSync(join(repo, "out")).sort()).toEqual(["plan-2026.docx", "plan-2026.pdf"]);
    const report = await sh("npx", ["--no-install", "cai-cach", "report", "--quarter", "1", "--year", "2026", "--format", "md"], repo);
    expect(report.code, report.stdout + report.stderr).toBe(0);
    expect(report.stdout).toContain("quý I năm 2026");

    // 5. Nothing in the generated files names a registry package that does not exist.
    for (const f of ["README.md", ".github/workflows/cai-cach.yml", "package.json", "plans/plan-2026.yaml"])
      expect(readFileSync(join(repo, f), "utf8"), f).not.toMatch(/npm install --global|"cai-cach": "\^|cai-cach@\d/);
  }, 900_000);
});
