// log add keeps what the clerk set on a log (issue 12): its permission bits, a symlink (the file
// it points to is written, the link stays), and hard links (refused with the reason, nothing
// written, rather than splitting the two names).
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

const LOG = "year: 2022\nunit: tchc\nentries:\n  - date: 2022-02-10\n    items: [ht-doi-thoai]\n    summary: Đối thoại với doanh nghiệp\n";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-kept-"));
  roots.push(root);
  mkdirSync(join(root, ".git"));
  mkdirSync(join(root, "plans"));
  mkdirSync(join(root, "logs", "2022"), { recursive: true });
  copyFileSync(join(process.cwd(), "plans", "plan-2022.yaml"), join(root, "plans", "plan-2022.yaml"));
  return root;
}

const add = (root: string, file: string) =>
  runCli(
    ["log", "add", "--date", "2022-03-01", "--item", "ht-doi-thoai", "--unit", "tchc", "--summary", "Đối thoại lần hai", "--file", file],
    root,
  );

describe("log add keeps the log's mode, links and owner", () => {
  it("keeps a 0600 log at 0600", async () => {
    const root = project();
    const log = join(root, "logs", "2022", "tchc.yaml");
    writeFileSync(log, LOG);
    chmodSync(log, 0o600);
    const run = await add(root, "logs/2022/tchc.yaml");
    expect(run.code, run.stderr).toBe(0);
    expect(statSync(log).mode & 0o777).toBe(0o600);
    expect(readFileSync(log, "utf8")).toContain("Đối thoại lần hai");
  });

  it("writes through a symlink to a log inside the repository; the link stays a link", async () => {
    const root = project();
    mkdirSync(join(root, "chung"));
    writeFileSync(join(root, "chung", "tchc.yaml"), LOG);
    symlinkSync("../../chung/tchc.yaml", join(root, "logs", "2022", "tchc.yaml"));
    const run = await add(root, "logs/2022/tchc.yaml");
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(join(root, "logs", "2022", "tchc.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, "chung", "tchc.yaml"), "utf8")).toContain("Đối thoại lần hai");
  });

  it("refuses a log with two hard links, saying why, and writes nothing", async () => {
    const root = project();
    const log = join(root, "logs", "2022", "tchc.yaml");
    writeFileSync(log, LOG);
    linkSync(log, join(root, "ban-sao.yaml"));
    const run = await add(root, "logs/2022/tchc.yaml");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("log/output-unwritable");
    expect(run.stderr).toContain("liên kết cứng");
    expect(readFileSync(log, "utf8")).toBe(LOG);
    expect(statSync(log).nlink).toBe(2);
  });
});
