// `cai-cach init` into empty folders, in-process; then the commands a clerk runs next.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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
      ]),
    );
    expect(init.stdout).toContain("plans/plan-2026.yaml");
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
  });

  it("renders with cai-cach render", async ({ skip }) => {
    const run = await runCli(["render", "plans/plan-2026.yaml", "--out", "out"], dir, env);
    skipIfMissing(run, skip, "render");
    // The scaffold's signer is a placeholder to fill in: render warns about its title and name
    // (rule/placeholder, a warning) and about nothing else.
    const codes = [...run.stderr.matchAll(/ {2}(?:lỗi|cảnh báo) {2}(\S+)/gu)].map((m) => m[1]);
    expect(codes).toEqual(["rule/placeholder", "rule/placeholder"]);
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

  it("refuses to run a second time and writes nothing", async () => {
    const before = listTree(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]);
    const again = await runCli(["init", ".", "--agency", "Sở Tư pháp"], dir, env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("init/file-exists");
    expect(again.stderr).toContain("cai-cach.config.yaml");
    expect(listTree(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")])).toEqual(before);
  });
});

describe("cai-cach init refusing to overwrite", () => {
  it("writes nothing when one target exists, and names it", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "README.md"), "của cơ quan\n");
    const run = await runCli(["init"], dir, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Tệp "README.md" đã có');
    expect(listTree(dir)).toEqual(["README.md"]);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("của cơ quan\n");
  });
});

describe("cai-cach init --from last year's plan", () => {
  it("moves the year, dates, title and closing forward, keeps the citations, and says what to review", async () => {
    const dir = fresh();
    const run = await runCli(["init", "moi", "--from", PLAN_2022], dir, env);
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
    expect(run.stdout).toContain("Số văn bản và ngày ban hành");
    expect(run.stdout).toContain("đoạn trích dẫn văn bản được giữ nguyên");
    const loaded = await loadPlan("moi/plans/plan-2023.yaml", { cwd: dir });
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const log = parse(readFileSync(join(dir, "moi/logs/2023-tchc.yaml"), "utf8"));
    expect(log).toEqual({ year: 2023, unit: "tchc", entries: [] });
  });

  it("exits 2 when the plan to start from is missing", async () => {
    const run = await runCli(["init", "moi", "--from", "khong-co.yaml"], fresh(), env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("khong-co.yaml");
  });
});

describe("the pre-commit hook", () => {
  const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" });

  it("is installed, executable, when the folder is a git repository", async () => {
    const dir = fresh();
    git(dir, "init", "-q");
    const run = await runCli(["init"], dir, env);
    expect(run.code).toBe(0);
    const hook = join(dir, ".git/hooks/pre-commit");
    expect(readFileSync(hook, "utf8")).toBe(readFileSync(join(import.meta.dirname, "../../hooks/pre-commit"), "utf8"));
    expect(statSync(hook).mode & 0o111).not.toBe(0);
  });

  it("is not installed outside a git repository, and --hooks there is an error", async () => {
    const dir = fresh();
    expect((await runCli(["init"], dir, env)).code).toBe(0);
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
    const run = await runCli(["init"], dir, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("init/unwritable");
    expect(listTree(dir)).toEqual(["plans"]);
  });
});
