// The preview in a real browser: Debian's chromium driven by playwright-core (.ci/run installs
// it). Skipped, saying so, where /usr/bin/chromium is missing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../../helpers/chromium.mjs";
import { runCli } from "../../helpers/cli-run.js";
import { pdfPages } from "../../helpers/pdf-text.js";
import { type PreviewRun, sampleProject, startPreview } from "./preview-session.js";

const hasChromium = existsSync(CHROMIUM);
// In CI (CI=true) a missing browser is a failure, never a silent pass: .ci/run installs it.
if (!hasChromium && process.env.CI) throw new Error(`CI: ${CHROMIUM} is missing, so the preview was not tested in a browser.`);
if (!hasChromium) console.warn(`preview-browser: ${CHROMIUM} missing, browser tests skipped (apt-get install chromium)`);

const TITLE = "Thông tin, tuyên truyền cải cách hành chính năm 2022";
const words = (s: string): string => s.replace(/\s+/g, " ").trim();

describe.skipIf(!hasChromium)("cai-cach preview in chromium", () => {
  let browser: BrowserContext;
  let page: Page;
  let run: PreviewRun;
  let profile: string;
  let planFile: string;
  let original: string;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), "cai-cach-chromium-"));
    browser = await launchChromium(profile);
    run = await startPreview(sampleProject());
    planFile = join(run.root, "plans/plan-2022.yaml");
    original = readFileSync(planFile, "utf8");
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    if (run) {
      const root = run.root;
      expect(await run.stop()).toBe(0);
      expect(run.output()).toContain("Đã dừng cai-cach preview.");
      expect(existsSync(root)).toBe(false);
    }
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const trichYeu = (): Promise<string> =>
    page
      .locator('#pages g[data-style="TrichYeu"]')
      .first()
      .textContent()
      .then((t) => words(t ?? ""));

  it("shows the PDF's text, page by page, in the PDF's order", async () => {
    await page.goto(run.url);
    await page.waitForSelector("#pages section.page");
    const rendered = await runCli(["render", "plans/plan-2022.yaml", "--format", "pdf"], run.root);
    expect(rendered.code).toBe(0);
    const pdf = await pdfPages(readFileSync(join(run.root, "out/plan-2022.pdf")));
    const html = await page.$$eval("#pages section.page", (sections) =>
      sections.map((s) => Array.from(s.querySelectorAll("text"), (t) => t.textContent ?? "").join("\n")),
    );
    expect(pdf.length).toBeGreaterThan(1);
    expect(html.map(words)).toEqual(pdf.map(words));
    // Line by line too: each <text> is one line of the PDF.
    expect(html.map((p) => p.split("\n").map(words))).toEqual(pdf.map((p) => p.split("\n").map(words)));
  });

  it("shows a saved change within 2 s, without a reload", async () => {
    await page.goto(run.url);
    expect(await trichYeu()).toBe(TITLE);
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    const saved = Date.now();
    writeFileSync(planFile, original.replace(`title: ${TITLE}`, "title: Thông tin tuyên truyền bản sửa"));
    await page.waitForFunction(
      () => document.querySelector('#pages g[data-style="TrichYeu"]')?.textContent?.includes("bản sửa"),
      undefined,
      { timeout: 2000 },
    );
    expect(Date.now() - saved).toBeLessThan(2000);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  it("keeps the last good page and shows the diagnostic at its line while the plan is broken", async () => {
    const lines = original.split("\n");
    const line = lines.findIndex((l) => l.startsWith("date: ")) + 1;
    const broken = original.replace(`title: ${TITLE}`, "title: Thông tin tuyên truyền bản sửa").replace(/^date: .*$/m, "date: 2022-02-30");
    writeFileSync(planFile, broken);
    const item = page.locator('#diagnostics li[data-code="rule/date-invalid"]');
    await item.waitFor({ timeout: 2000 });
    const link = item.locator("a.where");
    expect(await link.textContent()).toBe(`plans/plan-2022.yaml:${line}:7`);
    expect(await link.getAttribute("href")).toBe(`vscode://file${encodeURI(planFile)}:${line}:7`);
    expect(await item.textContent()).toContain("Gợi ý:");
    expect(await trichYeu()).toBe("Thông tin tuyên truyền bản sửa");
    expect(await page.locator("#pages section.page").count()).toBeGreaterThan(1);
  });

  it("comes back when the plan is fixed", async () => {
    writeFileSync(planFile, original.replace(/^date: .*$/m, "date: 2022-01-28"));
    await page.waitForFunction(() => document.querySelectorAll("#diagnostics li").length === 0, undefined, { timeout: 2000 });
    await page.waitForFunction(() => document.querySelector("#pages")?.textContent?.includes("28 tháng 01"), undefined, { timeout: 2000 });
    expect(await trichYeu()).toBe(TITLE);
  });

  it("escapes plan text: markup in a title stays text", async () => {
    writeFileSync(planFile, original.replace(`title: ${TITLE}`, `title: '<img src=x onerror="window.pwned=1"> & <b>đậm</b>'`));
    await page.waitForFunction(() => document.querySelector('#pages g[data-style="TrichYeu"]')?.textContent?.includes("<img"), undefined, {
      timeout: 2000,
    });
    expect(await page.locator("main img, main b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    writeFileSync(planFile, original);
  });

  it("shows each tracked item's progress on /report as report --format json counts it", async () => {
    const json = await runCli(["report", "--quarter", "1", "--format", "json"], run.root);
    const data = JSON.parse(json.stdout) as {
      items: { id: string; targets: { measure: string; done: number; target: number; ratio: number }[] }[];
    };
    const tracked = data.items.filter((i) => i.targets.length > 0);
    expect(tracked.length).toBeGreaterThan(0);
    await page.goto(`${run.url}report?period=q1`);
    for (const item of tracked) {
      const t = item.targets[0];
      const row = page.locator(`tr[data-item="${item.id}"][data-measure="${t.measure}"]`);
      // Numbers as clerks write them: "2.000" is two thousand, "1,5" one and a half.
      const figure = async (cls: string): Promise<number> =>
        Number((await row.locator(cls).textContent())?.replace(/\./g, "").replace(",", "."));
      expect(await figure(".done")).toBe(t.done);
      expect(await figure(".target")).toBe(t.target);
      expect(await row.locator(".percent").textContent()).toBe(`${Math.round(t.ratio * 100)}%`);
    }
    expect(await page.locator("figure.chart svg g.bar").count()).toBeGreaterThan(3);
    await page.selectOption("form.period select", "year");
    await page.waitForURL(/period=year/);
    expect(await page.locator("h1").textContent()).toBe("Báo cáo năm 2022");
    const csv = await page.request.get(`${run.url}report/download?period=q1&format=csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="bao-cao-2022-Q1.csv"');
  });
});
