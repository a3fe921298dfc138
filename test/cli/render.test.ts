import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

const SEED = join(process.cwd(), "plans", "plan-2022.yaml");

/** A fresh project folder (a .git marks its root) holding plans/plan-2022.yaml. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-render-"));
  mkdirSync(join(root, ".git"));
  mkdirSync(join(root, "plans"));
  copyFileSync(SEED, join(root, "plans", "plan-2022.yaml"));
  return root;
}

async function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(["render", ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

const listAll = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe("cai-cach render", () => {
  it("finds a bare name in plans/, writes into out/, prints the paths, leaves the input unchanged", async () => {
    const root = project();
    const before = readFileSync(join(root, "plans", "plan-2022.yaml"));
    const r = await run(["plan-2022.yaml", "--format", "md,docx,pdf"], root);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${[join("out", "plan-2022.md"), join("out", "plan-2022.docx"), join("out", "plan-2022.pdf")].join("\n")}\n`);
    // Atomic writes leave no temp file behind.
    expect(listAll(join(root, "out"))).toEqual(["plan-2022.docx", "plan-2022.md", "plan-2022.pdf"]);
    expect(
      readFileSync(join(root, "out", "plan-2022.pdf"))
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(
      readFileSync(join(root, "out", "plan-2022.docx"))
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    expect(readFileSync(join(root, "out", "plan-2022.md"), "utf8")).toContain("## I. MỤC TIÊU, YÊU CẦU");
    expect(readFileSync(join(root, "plans", "plan-2022.yaml"))).toEqual(before);
    expect(listAll(join(root, "plans"))).toEqual(["plan-2022.yaml"]);
  });

  it("writes docx and pdf by default, into out/ of the project root even from a sub-folder", async () => {
    const root = project();
    const r = await run([join("..", "plans", "plan-2022.yaml")], join(root, "plans"));
    expect(r.code).toBe(0);
    // Outside the current folder a path is printed in full, so that it can be copied as is.
    expect(r.stdout).toBe(`${join(root, "out", "plan-2022.docx")}\n${join(root, "out", "plan-2022.pdf")}\n`);
  });

  it("honours --out and replaces an earlier output", async () => {
    const root = project();
    mkdirSync(join(root, "ban-in"));
    writeFileSync(join(root, "ban-in", "plan-2022.md"), "cũ");
    const r = await run(["plans/plan-2022.yaml", "-f", "md", "--out", "ban-in"], root);
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, "ban-in", "plan-2022.md"), "utf8")).toContain("KẾ HOẠCH");
    expect(listAll(join(root, "ban-in"))).toEqual(["plan-2022.md"]);
  });

  it("checks the plan first: problems → diagnostics, exit 1, nothing written", async () => {
    const root = project();
    writeFileSync(join(root, "plans", "hong.yaml"), "type: KH\nnumber: [\n");
    const r = await run(["hong.yaml", "plan-2022.yaml"], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plans[\\/]hong\.yaml:\d+:\d+ {2}lỗi {2}yaml\//);
    expect(r.stdout).toBe("");
    expect(existsSync(join(root, "out"))).toBe(false);
  });

  it("a missing plan → render/input-missing, exit 2", async () => {
    const r = await run(["khong-co.yaml"], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("  lỗi  render/input-missing");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("an output folder that cannot be made → render/output-unwritable, exit 2, nothing written", async () => {
    const root = project();
    writeFileSync(join(root, "tep"), "");
    const r = await run(["plan-2022.yaml", "--out", "tep/con"], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("  lỗi  render/output-unwritable");
    expect(r.stdout).toBe("");
  });

  it("a read-only existing output → render/output-readonly, exit 2, the file untouched", async () => {
    const root = project();
    mkdirSync(join(root, "out"));
    writeFileSync(join(root, "out", "plan-2022.pdf"), "bản đã ký");
    chmodSync(join(root, "out", "plan-2022.pdf"), 0o444);
    const r = await run(["plan-2022.yaml"], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("  lỗi  render/output-readonly");
    expect(readFileSync(join(root, "out", "plan-2022.pdf"), "utf8")).toBe("bản đã ký");
    // Nothing else written either: the check runs before any file is produced.
    expect(listAll(join(root, "out"))).toEqual(["plan-2022.pdf"]);
  });

  it("an unknown format → render/unknown-format, exit 2", async () => {
    const r = await run(["plan-2022.yaml", "--format", "docx,odt"], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("  lỗi  render/unknown-format");
    expect(r.stderr).toContain("odt");
  });

  it("a broken template in the project → template/error with file and line, exit 1", async () => {
    const root = project();
    mkdirSync(join(root, "templates"));
    writeFileSync(join(root, "templates", "ke-hoach.hbs"), "@TenLoai KẾ HOẠCH\n@NoiDung {{khongCo.x}}\n");
    const r = await run(["plan-2022.yaml", "-f", "md"], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/templates[\\/]ke-hoach\.hbs:2:\d+ {2}lỗi {2}template\/error/);
    expect(existsSync(join(root, "out"))).toBe(false);
  });

  it("two plans with one file name → render/output-duplicate, exit 2, nothing written", async () => {
    const root = project();
    mkdirSync(join(root, "plans", "cu"));
    copyFileSync(SEED, join(root, "plans", "cu", "plan-2022.yaml"));
    const r = await run(["plans/plan-2022.yaml", "plans/cu/plan-2022.yaml", "-f", "md"], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("  lỗi  render/output-duplicate");
    expect(listAll(join(root, "out"))).toEqual([]);
  });
});
