// Writes the README's screenshots of `cai-cach preview` (docs/preview.png, docs/preview-report.png)
// with Debian's chromium: the sample project copied to a temp folder with one mistake in the
// plan (so the page shows a diagnostic above the last good rendering), the built CLI started on
// it, each page captured, the preview stopped with SIGTERM. Run after `npm run build`.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../test/helpers/chromium.mjs";

const repo = join(import.meta.dirname, "..");
const root = mkdtempSync(join(tmpdir(), "cai-cach-shots-"));
mkdirSync(join(root, ".git"));
for (const p of ["plans/plan-2022.yaml", "logs", "cai-cach.config.yaml"]) cpSync(join(repo, p), join(root, p), { recursive: true });
const cli = spawn(process.execPath, [join(repo, "bin/cai-cach.js"), "preview"], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let out = "";
  cli.stdout.on("data", (c) => {
    out += c;
    const m = /Xem trước: (\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  cli.on("exit", () => reject(new Error(out)));
});
const profile = mkdtempSync(join(tmpdir(), "cai-cach-shots-profile-"));
const browser = await launchChromium(profile, { viewport: { width: 900, height: 640 } });
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector("#pages section.page");
  const plan = join(root, "plans/plan-2022.yaml");
  const good = readFileSync(plan, "utf8");
  writeFileSync(plan, good.replace(/^date: .*$/m, "date: 2022-02-30"));
  await page.waitForSelector('#diagnostics li[data-code="rule/date-invalid"]');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(repo, "docs/preview.png") });
  writeFileSync(plan, good);
  await page.waitForFunction(() => document.querySelectorAll("#diagnostics li").length === 0);
  await page.goto(`${url}report?period=q1`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(repo, "docs/preview-report.png"), fullPage: true });
} finally {
  await browser.close();
  cli.kill("SIGTERM");
  await new Promise((r) => cli.on("exit", r));
  rmSync(root, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
