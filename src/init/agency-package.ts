// The agency repository's package.json: private, cai-cach pinned (package-source.ts), the
// commands a clerk runs as npm scripts, and package-lock.json made by npm itself so that
// `npm ci` installs exactly the same tree everywhere.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { slugify } from "../load/slugify.js";

export function agencyPackageJson(opts: { abbreviation: string; agencyTitle: string; spec: string }): string {
  const pkg = {
    name: `${slugify(opts.abbreviation) || "co-quan"}-cai-cach`,
    version: "1.0.0",
    private: true,
    description: `Kế hoạch, báo cáo cải cách hành chính — ${opts.agencyTitle.replace(/[\r\n]+/g, " ")}`,
    scripts: {
      check: "cai-cach check",
      render: "cai-cach render",
      report: "cai-cach report",
    },
    dependencies: { "cai-cach": opts.spec },
    engines: { node: ">=20" },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** `npm install --package-lock-only` in the new repository: resolves the tree, installs nothing. */
export async function writeLockfile(dir: string): Promise<{ ok: true } | { ok: false; why: string }> {
  try {
    await promisify(execFile)("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], {
      cwd: dir,
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
      shell: process.platform === "win32",
    });
    return { ok: true };
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    const line = (e.stderr ?? e.message).split("\n").find((l) => /ERR!|error/i.test(l)) ?? e.message.split("\n")[0]!;
    return { ok: false, why: line.trim() };
  }
}
