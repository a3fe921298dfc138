// `cai-cach check` in-process: exit codes, formats, summary line, colour rules, default inputs.
import { describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { fakeIo } from "./fake-io.js";

const REPO = join(import.meta.dirname, "../..");
const SEED = readFileSync(join(REPO, "plans/plan-2022.yaml"), "utf8");

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-check-"));
  mkdirSync(join(dir, "plans"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const broken = SEED.replace("type: KH", "type: kh").replace("units: [ttvhda]", "units: [ttvhd]");

describe("cai-cach check", () => {
  it("reports the seed plan clean with one summary line", async () => {
    const io = fakeIo({ cwd: REPO });
    expect(await main(["check", "plans/plan-2022.yaml"], io)).toBe(0);
    expect(io.out()).toBe("✓ 1 kế hoạch, 0 nhật ký: không có lỗi.\n");
  });

  it("checks every plan under the project root by default, from a subfolder too", async () => {
    const dir = project({ "plans/a.yaml": SEED, "plans/b.yaml": SEED });
    mkdirSync(join(dir, "plans/sub"));
    const io = fakeIo({ cwd: join(dir, "plans/sub") });
    expect(await main(["check"], io)).toBe(0);
    expect(io.out()).toBe("✓ 2 kế hoạch, 0 nhật ký: không có lỗi.\n");
  });

  it("exits 1 with file:line:col, code frame and hint on a broken plan", async () => {
    const dir = project({ "plans/bad.yaml": broken });
    const io = fakeIo({ cwd: dir });
    expect(await main(["check"], io)).toBe(1);
    expect(io.out()).toContain("plans/bad.yaml:17:7  lỗi  schema/enum\n");
    expect(io.out()).toContain('Gợi ý: Có phải ý bạn là "KH"?');
    expect(io.out()).toMatch(/> 17 \| type: kh\n\s+\| {7}\^\^\n/);
    expect(io.out().trimEnd().split("\n").at(-1)).toBe("✗ 1 kế hoạch, 0 nhật ký: 1 lỗi.");
  });

  it("exits 2 when a named file does not exist", async () => {
    const io = fakeIo({ cwd: REPO });
    expect(await main(["check", "plans/khong-co.yaml"], io)).toBe(2);
    expect(io.out()).toContain("load/file-not-found");
  });

  it("exits 2 on an unknown format", async () => {
    const io = fakeIo({ cwd: REPO });
    expect(await main(["check", "--format", "xml", "plans/plan-2022.yaml"], io)).toBe(2);
    expect(io.err()).toContain("check/unknown-format");
    expect(io.err()).toContain('Không có định dạng "xml"');
  });

  it("--format json: one JSON document with positions and counts, no summary line", async () => {
    const dir = project({ "plans/bad.yaml": broken.replace("type: kh", "type: KH") });
    const io = fakeIo({ cwd: dir });
    expect(await main(["check", "--format", "json"], io)).toBe(1);
    const parsed = JSON.parse(io.out());
    expect(parsed.summary).toEqual({ plans: 1, logs: 0, errors: 1, warnings: 0 });
    expect(parsed.diagnostics[0]).toMatchObject({
      code: "rule/unknown-unit",
      file: "plans/bad.yaml",
      line: 124,
      column: 21,
      suggestions: ["ttvhda"],
    });
  });

  it("--format github: workflow annotations with escaped properties", async () => {
    const dir = project({ "plans/bad.yaml": broken });
    const io = fakeIo({ cwd: dir });
    expect(await main(["check", "-f", "github"], io)).toBe(1);
    const first = io.out().split("\n")[0]!;
    expect(first).toMatch(
      /^::error file=plans\/bad\.yaml,line=17,col=7,endLine=17,endColumn=9,title=schema\/enum::Giá trị "kh" không hợp lệ/,
    );
    expect(first).toContain("%0AGợi ý: ");
    expect(io.out().trimEnd().split("\n").at(-1)).toBe("✗ 1 kế hoạch, 0 nhật ký: 1 lỗi.");
  });

  it("colours only on a TTY without NO_COLOR", async () => {
    const dir = project({ "plans/bad.yaml": broken });
    const esc = "\u001b[";
    const tty = fakeIo({ cwd: dir, tty: true });
    await main(["check"], tty);
    expect(tty.out()).toContain(esc);
    const noColor = fakeIo({ cwd: dir, tty: true, env: { NO_COLOR: "1" } });
    await main(["check"], noColor);
    expect(noColor.out()).not.toContain(esc);
    const pipe = fakeIo({ cwd: dir, tty: false });
    await main(["check"], pipe);
    expect(pipe.out()).not.toContain(esc);
  });

  it("applies the config's severities (off, warning)", async () => {
    const dir = project({
      "plans/bad.yaml": broken.replace("type: kh", "type: KH"),
      "cai-cach.config.yaml": "rules:\n  rule/unknown-unit: warning\n",
    });
    const io = fakeIo({ cwd: dir });
    expect(await main(["check"], io)).toBe(0);
    expect(io.out()).toContain("cảnh báo  rule/unknown-unit");
    writeFileSync(join(dir, "cai-cach.config.yaml"), "rules:\n  rule/unknown-unit: off\n");
    const off = fakeIo({ cwd: dir });
    expect(await main(["check"], off)).toBe(0);
    expect(off.out()).toBe("✓ 1 kế hoạch, 0 nhật ký: không có lỗi.\n");
  });

  it("never modifies its inputs", async () => {
    const dir = project({});
    cpSync(join(REPO, "test/fixtures/check/rule/tone-style/input.yaml"), join(dir, "plans/p.yaml"));
    const before = readFileSync(join(dir, "plans/p.yaml"));
    await main(["check"], fakeIo({ cwd: dir }));
    expect(readFileSync(join(dir, "plans/p.yaml")).equals(before)).toBe(true);
  });
});
