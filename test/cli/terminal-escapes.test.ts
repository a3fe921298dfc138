// No control character from an input reaches the terminal raw (issue 12): a log line holding ESC
// sequences cannot erase lines, paint a fake green "không có lỗi" or retitle the terminal, in any
// command or format, with colour on (a TTY) or off.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

const ESC = "\u001b";
// Erase the line, go up one, print a green "no errors", retitle the window, a C1 CSI, a bidi override.
const ATTACK = `${ESC}[2K${ESC}[1A${ESC}[32m✓ không có lỗi${ESC}[0m${ESC}]0;pwned\u0007\u009b2J\u202E`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-escapes-"));
  mkdirSync(join(root, ".git"));
  mkdirSync(join(root, "plans"));
  mkdirSync(join(root, "logs", "2022"), { recursive: true });
  copyFileSync(join(process.cwd(), "plans", "plan-2022.yaml"), join(root, "plans", "plan-2022.yaml"));
  // A log entry holding the attack twice: as raw bytes in the line (shown by the code frame of the
  // unknown item's diagnostic) and as YAML escapes in the value (quoted by report and diff).
  const escaped = ATTACK.replace(/\u001b/g, "\\e")
    .replace(/\u0007/g, "\\a")
    .replace(/\u009b/g, "\\x9b")
    .replace(/\u202E/g, "\\u202E");
  writeFileSync(
    join(root, "logs", "2022", "tchc.yaml"),
    `year: 2022\nunit: tchc\nentries:\n  - date: 2022-01-05\n    items: [khong-co-muc]\n    summary: Đăng tin ${ATTACK}\n` +
      `  - date: 2022-01-06\n    items: [khong-co-muc-2]\n    summary: "${escaped}"\n`,
  );
  return root;
}

async function run(argv: string[], cwd: string, tty: boolean) {
  let out = "";
  let err = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s), isTTY: tty },
    stderr: { write: (s: string) => (err += s), isTTY: tty },
    cwd,
    env: { SOURCE_DATE_EPOCH: "1767225600" },
  });
  return { code, text: out + err };
}

/** Every ESC printed starts one of the painter's colour sequences; no other control character. */
function onlyPainterColours(text: string): void {
  const withoutColour = text.replace(/\u001b\[(?:\d+;)*\d*m/g, "");
  expect(withoutColour).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/u);
}

describe("control characters from inputs", () => {
  const root = project();
  for (const tty of [false, true]) {
    const mode = tty ? "colour on (TTY)" : "colour off";
    it(`check, stylish, ${mode}: the log's ESC sequences are shown as ␛, never sent`, async () => {
      const r = await run(["check"], root, tty);
      expect(r.code).toBe(1);
      onlyPainterColours(r.text);
      // The input's own green is visible text, not a colour.
      expect(r.text).toContain("␛[32m✓ không có lỗi␛[0m␛]0;pwned␇<U+009B>2J<U+202E>");
      if (!tty) expect(r.text).not.toContain(ESC);
    });

    for (const format of ["github", "json", "sarif", "junit"]) {
      it(`check --format ${format}, ${mode}: no raw control character`, async () => {
        const r = await run(["check", "--format", format], root, tty);
        expect(r.code).toBe(1);
        expect(r.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/u);
      });
    }

    it(`report (md, json, csv, the terminal summary), ${mode}: no ESC from the log`, async () => {
      for (const format of ["md", "json", "csv", "md,json"]) {
        const r = await run(["report", "--quarter", "1", "--format", format, ...(format.includes(",") ? ["--out", "out"] : [])], root, tty);
        onlyPainterColours(r.text);
        if (format === "md") expect(r.text).toContain("pwned␇<U+009B>2J<U+202E>");
      }
    });
  }

  it("a plan title with ESC sequences: diff prints it visibly, even on a TTY", async () => {
    const dir = project();
    const plan = join(dir, "plans", "plan-2022.yaml");
    const other = join(dir, "plans", "plan-2022-b.yaml");
    const { readFileSync } = await import("node:fs");
    writeFileSync(other, readFileSync(plan, "utf8").replace(/^title: .*$/m, 'title: "\\e]0;pwned\\a\\e[2JKế hoạch"'));
    const r = await run(["diff", "plans/plan-2022.yaml", "plans/plan-2022-b.yaml"], dir, true);
    expect(r.text).toContain("␛\\]0;pwned␇␛\\[2JKế hoạch");
    expect(r.text).not.toContain(ESC);
  });
});
