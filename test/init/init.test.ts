// `cai-cach init` into empty folders, in-process; then the commands a clerk runs next. Runs pass
// --no-lock (package-lock.json needs npm and the registry: test/init/install-e2e.test.ts does that).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli, type Run } from "../diff/run-cli.js";
import { loadPlan } from "../../src/check/check-plan-file.js";

// 2026-01-01 00:00 in Vietnam (UTC+7): 2025-12-31T17:00:00Z.
const EPOCH = String(Date.UTC(2025, 11, 31, 17) / 1000);
const env = { SOURCE_DATE_EPOCH: EPOCH };
const fresh = () => mkdtempSync(join(tmpdir(), "cai-cach-init-"));
const PLAN_2022 = join(import.meta.dirname, "..", "..", "plans", "plan-2022.yaml");
const VERSION: string = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")).version;

/** A command another issue builds may still be a placeholder: that is a skip, named, not a pass. */
function skipIfMissing(run: Run, skip: (note: string) => void, command: string): void {
  if (/chưa được xây dựng/.test(run.stderr)) skip(`cai-cach ${command} is still a placeholder`);
}

function listTree(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? listTree(p, `${prefix}${n}/`) : [`${prefix}${n}`];
    })
    .sort();
}

describe("cai-cach init into an empty folder", () => {
  const dir = fresh();
  let init: Run;

  it("writes the repository's files and says what to do next", async () => {
    init = await runCli(
      [
        "init",
        ".",
        "--agency",
        "Sở Nội vụ",
        "--parent",
        "Ủy ban nhân dân tỉnh Đồng Nai",
        "--parent-abbreviation",
        "UBND",
        "--place",
        "Đồng Nai",
        "--no-lock",
      ],
      dir,
      env,
    );
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(listTree(dir)).toEqual(
      expect.arrayContaining([
        ".github/workflows/cai-cach.yml",
        ".gitignore",
        "README.md",
        "cai-cach.config.yaml",
        "logs/2026-van-phong.yaml",
        "plans/plan-2026.yaml",
        "reports/notes/2026-Q1.yaml",
        "package.json",
        `vendor/cai-cach-${VERSION}.tgz`,
      ]),
    );
    expect(init.stdout).toContain("plans/plan-2026.yaml");
    expect(init.stdout).toContain("package-lock.json");
  });

  it("pins cai-cach in package.json to the tarball it vendors (the running cai-cach, packed)", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(pkg).toMatchObject({ name: "snv-cai-cach", private: true, dependencies: { "cai-cach": `file:vendor/cai-cach-${VERSION}.tgz` } });
    const tgz = readFileSync(join(dir, `vendor/cai-cach-${VERSION}.tgz`));
    expect([tgz[0], tgz[1]]).toEqual([0x1f, 0x8b]);
    // Nothing tells anyone to install a registry package that does not exist.
    for (const f of ["README.md", ".github/workflows/cai-cach.yml", "plans/plan-2026.yaml"]) {
      const text = readFileSync(join(dir, f), "utf8");
      expect(text, f).not.toMatch(/npm install --global|cai-cach@\d/);
    }
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain("npm ci");
    expect(readFileSync(join(dir, ".github/workflows/cai-cach.yml"), "utf8")).toContain("node-version: lts/*");
  });

  it("starts from a KH cải cách hành chính tracking the six reform areas, with units and signer to fill in", () => {
    const plan = parse(readFileSync(join(dir, "plans/plan-2026.yaml"), "utf8"));
    expect(plan.title).toBe("Cải cách hành chính năm 2026");
    const areas = plan.body.find((s: { id: string }) => s.id === "nhiem-vu").sections;
    expect(areas.map((a: { title: string }) => a.title)).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy",
      "Cải cách công vụ, công chức",
      "Cải cách tài chính công",
      "Xây dựng và phát triển chính phủ điện tử, chính phủ số",
    ]);
    for (const a of areas) {
      expect(a.id, a.title).toMatch(/^[a-z-]+$/);
      expect(a.items.length, a.title).toBeGreaterThan(0);
      for (const item of a.items) expect(item.targets, item.id).toBeDefined();
    }
    expect(plan.units.map((u: { name: string }) => u.name)).toEqual(["Văn phòng", "Tên đơn vị 1", "Tên đơn vị 2"]);
  });

  it("writes a commented notes file for the first quarter's report", () => {
    const text = readFileSync(join(dir, "reports/notes/2026-Q1.yaml"), "utf8");
    expect(text).toContain("# II.1. Ưu điểm:");
    expect(parse(text)).toEqual({ directing: [], results: [], strengths: [], shortcomings: [], causes: [], tasks: [], requests: [] });
  });

  it("fills the agency's names and this year's dates into the plan", async () => {
    const plan = parse(readFileSync(join(dir, "plans/plan-2026.yaml"), "utf8"));
    expect(plan).toMatchObject({
      year: 2026,
      date: "2026-01-01",
      code: "KH-SNV",
      place: "Đồng Nai",
      issuer: { name: "SỞ NỘI VỤ", abbreviation: "SNV", parent: { name: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", abbreviation: "UBND" } },
    });
    const config = parse(readFileSync(join(dir, "cai-cach.config.yaml"), "utf8"));
    expect(config.agency).toMatchObject({ name: "SỞ NỘI VỤ", abbreviation: "SNV" });
    expect(config.report.window).toBe("nd09");
  });

  it("gives a plan that loads without errors", async () => {
    const loaded = await loadPlan("plans/plan-2026.yaml", { cwd: dir });
    expect(loaded.value).toBeDefined();
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("passes cai-cach check", async ({ skip }) => {
    const run = await runCli(["check"], dir, env);
    skipIfMissing(run, skip, "check");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 kế hoạch");
    // The placeholders to fill in are flagged until replaced: two units, the signer's title and name.
    const placeholders = [...run.stdout.matchAll(/rule\/placeholder\n(.*)\n/gu)].map((m) => m[1]);
    expect(placeholders).toEqual([
      'Tên đơn vị còn là chữ mẫu "Tên đơn vị 1".',
      'Tên đơn vị còn là chữ mẫu "Tên đơn vị 2".',
      'Chức vụ người ký còn là chữ mẫu "THỦ TRƯỞNG CƠ QUAN".',
      'Họ tên người ký còn là chữ mẫu "Họ và tên".',
    ]);
  });

  it("renders with cai-cach render", async ({ skip }) => {
    const run = await runCli(["render", "plans/plan-2026.yaml", "--out", "out"], dir, env);
    skipIfMissing(run, skip, "render");
    // The scaffold's signer is a placeholder to fill in: render warns about its title and name
    // (rule/placeholder, a warning) and about nothing else.
    const codes = [...run.stderr.matchAll(/ {2}(?:lỗi|cảnh báo) {2}(\S+)/gu)].map((m) => m[1]);
    expect(codes).toEqual(["rule/placeholder", "rule/placeholder", "rule/placeholder", "rule/placeholder"]);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "out"))).toBe(true);
    expect(readdirSync(join(dir, "out")).some((f) => f.endsWith(".docx"))).toBe(true);
  });

  it("reports with cai-cach report", async ({ skip }) => {
    const run = await runCli(["report", "--quarter", "1", "--year", "2026", "--format", "md"], dir, env);
    skipIfMissing(run, skip, "report");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("quý I năm 2026");
    expect(run.stdout).toContain("/KH-SNV");
  });

  it("runs again: writes only what is missing, keeps every file that exists", async () => {
    rmSync(join(dir, "README.md"));
    writeFileSync(join(dir, ".gitignore"), "của cơ quan\n");
    const before = listTree(dir)
      .filter((f) => f !== "README.md")
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]);
    const again = await runCli(["init", ".", "--agency", "Sở Tư pháp", "--no-lock"], dir, env);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Đã tạo 1 tệp:\n {2}README\.md\n/u);
    expect(again.stdout).toContain("Giữ nguyên");
    expect(again.stdout).toContain("Kho đã có kế hoạch trong plans/");
    expect(
      listTree(dir)
        .filter((f) => f !== "README.md")
        .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
    ).toEqual(before);
  });

  it("with --force replaces the files it writes", async () => {
    const run = await runCli(["init", ".", "--agency", "Sở Nội vụ", "--place", "Đồng Nai", "--force", "--no-lock"], dir, env);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, ".gitignore"), "utf8")).toBe(
      readFileSync(join(import.meta.dirname, "../../templates/init/gitignore"), "utf8"),
    );
  });
});

describe("cai-cach init next to an agency's own files", () => {
  it("keeps an existing README and writes the rest", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "README.md"), "của cơ quan\n");
    const run = await runCli(["init", "--no-lock"], dir, env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Giữ nguyên 1 tệp đã có");
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("của cơ quan\n");
    expect(existsSync(join(dir, "plans/plan-2026.yaml"))).toBe(true);
  });
});

describe("the source of cai-cach in package.json", () => {
  it("--from-git pins a git URL and vendors nothing", async () => {
    const dir = fresh();
    const url = "git+https://git.example.gov.vn/cntt/cai-cach.git#v0.1.0";
    const run = await runCli(["init", "--from-git", url, "--no-lock"], dir, env);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).dependencies).toEqual({ "cai-cach": url });
    expect(existsSync(join(dir, "vendor"))).toBe(false);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain(url);
  });

  it("--from-tarball refuses a file that is not a tarball, before writing anything", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "cai-cach.tgz"), "không phải tệp nén\n");
    const run = await runCli(["init", "moi", "--from-tarball", "cai-cach.tgz", "--no-lock"], dir, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("init/package-source");
    expect(existsSync(join(dir, "moi"))).toBe(false);
  });
});

describe("cai-cach init --from last year's plan", () => {
  it("moves the year, dates, title and closing forward, keeps the citations, and says what to review", async () => {
    const dir = fresh();
    const run = await runCli(["init", "moi", "--from", PLAN_2022, "--no-lock"], dir, env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, "moi/plans/plan-2023.yaml"), "utf8");
    const plan = parse(text);
    const old = parse(readFileSync(PLAN_2022, "utf8"));
    expect(plan.year).toBe(2023);
    expect(plan.date).toBe("2023-01-27");
    expect(plan.title).toBe(old.title.replace("2022", "2023"));
    expect(plan.closing).toContain("năm 2023");
    expect(plan.opening).toEqual(old.opening);
    expect(text).toContain("deadline: 2023-09-30");
    expect(text).not.toContain("deadline: 2022");
    expect(plan.issuer).toEqual(old.issuer);
    // A draft until issued: no number yet (rule/number-blank allows it in a draft).
    expect(plan.draft).toEqual({});
    expect(plan.number).toBeUndefined();
    expect(run.stdout).toContain("Số văn bản và ngày ban hành");
    expect(run.stdout).toContain("đoạn trích dẫn văn bản được giữ nguyên");
    const loaded = await loadPlan("moi/plans/plan-2023.yaml", { cwd: dir });
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const log = parse(readFileSync(join(dir, "moi/logs/2023-tchc.yaml"), "utf8"));
    expect(log).toEqual({ year: 2023, unit: "tchc", entries: [] });
  });

  it("exits 2 when the plan to start from is missing", async () => {
    const run = await runCli(["init", "moi", "--from", "khong-co.yaml", "--no-lock"], fresh(), env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("khong-co.yaml");
  });
});

describe("the pre-commit hook", () => {
  const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" });

  it("is installed, executable, when the folder is a git repository", async () => {
    const dir = fresh();
    git(dir, "init", "-q");
    const run = await runCli(["init", "--no-lock"], dir, env);
    expect(run.code).toBe(0);
    const hook = join(dir, ".git/hooks/pre-commit");
    expect(readFileSync(hook, "utf8")).toBe(readFileSync(join(import.meta.dirname, "../../hooks/pre-commit"), "utf8"));
    expect(statSync(hook).mode & 0o111).not.toBe(0);
  });

  it("is not installed outside a git repository, and --hooks there is an error", async () => {
    const dir = fresh();
    expect((await runCli(["init", "--no-lock"], dir, env)).code).toBe(0);
    expect(existsSync(join(dir, ".git"))).toBe(false);
    const run = await runCli(["init", "--hooks"], dir, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("init/not-a-repository");
  });

  it("--hooks installs only the hook in a clone, and never replaces another hook", async () => {
    const dir = fresh();
    git(dir, "init", "-q");
    const run = await runCli(["init", "--hooks"], dir, env);
    expect(run.code).toBe(0);
    expect(listTree(dir).filter((f) => !f.startsWith(".git/"))).toEqual([]);
    expect(existsSync(join(dir, ".git/hooks/pre-commit"))).toBe(true);
    writeFileSync(join(dir, ".git/hooks/pre-commit"), "#!/bin/sh\necho mine\n");
    const again = await runCli(["init", "--hooks"], dir, env);
    expect(again.code).toBe(2);
    expect(readFileSync(join(dir, ".git/hooks/pre-commit"), "utf8")).toBe("#!/bin/sh\necho mine\n");
  });

  it("checks only staged plans and logs, and blocks the commit when check fails", () => {
    const dir = fresh();
    const bin = join(dir, "bin");
    mkdirSync(bin);
    // A stand-in for cai-cach that records its arguments and fails on a file containing LOI.
    writeFileSync(
      join(bin, "cai-cach"),
      `#!/bin/sh\necho "$@" >> "${join(dir, "args.txt")}"\nfor f in "$@"; do grep -q LOI "$f" && exit 1; done\nexit 0\n`,
      { mode: 0o755 },
    );
    const repo = join(dir, "repo");
    mkdirSync(join(repo, "plans", "con"), { recursive: true });
    git(repo, "init", "-q");
    git(repo, "config", "user.email", "vt@example.org");
    git(repo, "config", "user.name", "Văn thư");
    writeFileSync(join(repo, ".git/hooks/pre-commit"), readFileSync(join(import.meta.dirname, "../../hooks/pre-commit")), { mode: 0o755 });
    const commit = (msg: string) => {
      try {
        execFileSync("git", ["commit", "-q", "-m", msg], {
          cwd: repo,
          encoding: "utf8",
          stdio: "pipe",
          env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
        });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    writeFileSync(join(repo, "ghi-chu.txt"), "x\n");
    git(repo, "add", "ghi-chu.txt");
    expect(commit("không có kế hoạch")).toBe(0);
    expect(existsSync(join(dir, "args.txt"))).toBe(false);
    writeFileSync(join(repo, "plans/con/plan a.yaml"), "year: 2026\n");
    git(repo, "add", ".");
    expect(commit("kế hoạch")).toBe(0);
    expect(readFileSync(join(dir, "args.txt"), "utf8")).toBe("check plans/con/plan a.yaml\n");
    writeFileSync(join(repo, "plans/con/plan a.yaml"), "LOI\n");
    git(repo, "add", ".");
    expect(commit("hỏng")).not.toBe(0);
    expect(git(repo, "log", "--format=%s")).not.toContain("hỏng");
  });
});

describe("cai-cach init on an unwritable place", () => {
  it("exits 2 with a diagnostic and leaves no file behind", async () => {
    const dir = fresh();
    // A file where the plans/ folder should go makes writing plans/plan-2026.yaml fail midway.
    writeFileSync(join(dir, "plans"), "không phải thư mục\n");
    const run = await runCli(["init", "--no-lock"], dir, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("init/unwritable");
    expect(listTree(dir)).toEqual(["plans"]);
  });
});
