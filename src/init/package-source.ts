// Where an agency repository gets cai-cach from, pinned in its package.json so that `npm ci`
// installs the same version on a clerk's PC, in the pre-commit hook and in CI. Until cai-cach is
// on the public npm registry: a tarball made by `npm pack`, committed under vendor/
// (`--from-tarball`), or a git URL (`--from-git`). With neither, the running cai-cach packs
// itself (`npm pack`, scripts off) into vendor/, so a new repository never names a registry
// package that does not exist.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { PACKAGE_ROOT } from "./render-scaffold.js";

export interface PackageSource {
  /** The dependency spec written in package.json: "file:vendor/cai-cach-0.1.0.tgz" or a git URL. */
  spec: string;
  /** The tarball to commit under vendor/, when there is one. */
  vendored?: { name: string; bytes: Uint8Array };
  /** How the README names it. */
  describe: string;
}

/** Git URLs npm accepts for a dependency (npm-package-arg): git+https, git+ssh, git://, hosted shortcuts. */
const GIT_URL =
  /^(git\+(https?|ssh|file):\/\/\S+|git:\/\/\S+|(github|gitlab|bitbucket):[\w.-]+\/[\w.-]+(#\S+)?|https:\/\/\S+\.git(#\S+)?)$/u;

const isGzip = (b: Uint8Array): boolean => b[0] === 0x1f && b[1] === 0x8b;

let selfPack: Promise<{ name: string; bytes: Uint8Array }> | undefined;

/** The running cai-cach as `npm pack` makes it (once per process: packing takes a few seconds). */
function packSelf(): Promise<{ name: string; bytes: Uint8Array }> {
  selfPack ??= (async () => {
    const dest = mkdtempSync(join(tmpdir(), "cai-cach-pack-"));
    try {
      const { stdout } = await promisify(execFile)(
        "npm",
        ["pack", "--ignore-scripts", "--json", "--pack-destination", dest, PACKAGE_ROOT],
        { timeout: 120_000, maxBuffer: 64 * 1024 * 1024, shell: process.platform === "win32" },
      );
      const name = (JSON.parse(stdout) as { filename: string }[])[0]!.filename;
      return { name, bytes: readFileSync(join(dest, name)) };
    } finally {
      rmSync(dest, { recursive: true, force: true });
    }
  })();
  selfPack.catch(() => {
    selfPack = undefined;
  });
  return selfPack;
}

export async function packageSource(opts: { tarball?: string; git?: string; cwd: string }): Promise<Result<PackageSource>> {
  if (opts.tarball && opts.git)
    return { diagnostics: [badSource("--from-tarball và --from-git không dùng cùng nhau.", "Chọn một nguồn cài cai-cach.")] };
  if (opts.git) {
    if (!GIT_URL.test(opts.git))
      return {
        diagnostics: [
          badSource(
            `"${opts.git}" không phải địa chỉ git mà npm cài được.`,
            "Ví dụ: --from-git git+https://git.example.gov.vn/cntt/cai-cach.git#v0.1.0",
          ),
        ],
      };
    return { value: { spec: opts.git, describe: `kho git ${opts.git}` }, diagnostics: [] };
  }
  if (opts.tarball) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(opts.cwd, opts.tarball));
    } catch {
      return { diagnostics: [badSource(`Không đọc được tệp "${opts.tarball}".`, "Chỉ ra tệp .tgz do npm pack tạo từ mã nguồn cai-cach.")] };
    }
    if (!isGzip(bytes))
      return {
        diagnostics: [
          badSource(`"${opts.tarball}" không phải tệp .tgz do npm pack tạo.`, "Tạo lại bằng npm pack trong thư mục mã nguồn cai-cach."),
        ],
      };
    const name = basename(opts.tarball);
    return { value: { spec: `file:vendor/${name}`, vendored: { name, bytes }, describe: `tệp vendor/${name}` }, diagnostics: [] };
  }
  try {
    const own = await packSelf();
    return { value: { spec: `file:vendor/${own.name}`, vendored: own, describe: `tệp vendor/${own.name}` }, diagnostics: [] };
  } catch (err) {
    return {
      diagnostics: [
        badSource(
          `Không đóng gói được cai-cach đang chạy để chép vào vendor/ (${(err as Error).message.split("\n")[0]}).`,
          "Chỉ ra nguồn cài: --from-tarball cai-cach-x.y.z.tgz (tạo bằng npm pack) hoặc --from-git <địa chỉ kho git>.",
        ),
      ],
    };
  }
}

function badSource(message: string, hint: string): Diagnostic {
  return { code: "init/package-source", severity: "error", message, hint };
}
