// What the preview's server refuses, over plain HTTP (no browser).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PreviewRun, sampleProject, startPreview } from "./preview-session.js";

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(url: string, path: string, opts: { host?: string; method?: string } = {}): Promise<Got> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers: { Host: opts.host ?? `127.0.0.1:${port}` } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("the preview's server", () => {
  let run: PreviewRun;
  beforeAll(async () => {
    run = await startPreview(sampleProject(), ["plan-2022.yaml"]);
  });
  afterAll(async () => {
    expect(await run.stop()).toBe(0);
  });

  it("listens on 127.0.0.1 and serves the page with a policy that allows only its own scripts", async () => {
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(run.url, "/");
    expect(page.status).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(page.body).toContain('<section class="page" data-page="1"');
  });

  it("refuses paths that climb out, whatever their spelling, and serves no file of the repository", async () => {
    for (const path of [
      "/assets/..%2f..%2fplans%2fplan-2022.yaml",
      "/assets/%2e%2e/%2e%2e/cai-cach.config.yaml",
      "/..%5c..%5cetc%5cpasswd",
      "/assets/tinos/../../package.json",
    ]) {
      expect((await get(run.url, path)).status, path).toBe(403);
    }
    for (const path of ["/plans/plan-2022.yaml", "/cai-cach.config.yaml", "/assets/tinos/files/x.ttf"]) {
      expect((await get(run.url, path)).status, path).toBe(404);
    }
  });

  it("refuses another host name (DNS rebinding) and anything but reading", async () => {
    expect((await get(run.url, "/", { host: "attacker.example:80" })).status).toBe(403);
    expect((await get(run.url, "/", { method: "POST" })).status).toBe(405);
  });

  it("serves the font of the PDF and the report downloads", async () => {
    expect((await get(run.url, "/assets/tinos/files/tinos-vietnamese-700-normal.woff2")).headers["content-type"]).toBe("font/woff2");
    const pdf = await get(run.url, "/report/download?period=h1&format=pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.body.startsWith("%PDF-")).toBe(true);
    expect((await get(run.url, "/report/download?period=q1&format=exe")).status).toBe(404);
  });
});

describe("what the preview watches", () => {
  it("re-renders on a save of the config, a log, report notes and a template, and runs --open's opener", async () => {
    const root = sampleProject();
    const opener = join(root, "opener.sh");
    writeFileSync(opener, `#!/bin/sh\necho "$1" > "${join(root, "opened.txt")}"\n`, { mode: 0o755 });
    const run = await startPreview(root, ["--open"], { BROWSER: opener });
    try {
      const renders = (): number => run.output().split("đã cập nhật").length - 1;
      const saved = async (path: string, text: string): Promise<void> => {
        const before = renders();
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
        const deadline = Date.now() + 2000;
        while (renders() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
        expect(renders(), path).toBeGreaterThan(before);
      };
      await saved("cai-cach.config.yaml", `${readFileSync(join(root, "cai-cach.config.yaml"), "utf8")}\n`);
      await saved("logs/2022/moi.yaml", "entries: []\n");
      await saved("reports/notes/2022-Q1.yaml", "strengths: []\n");
      await saved("templates/ghi-chu.hbs", "{{! mẫu riêng của kho }}\n");
      const deadline = Date.now() + 2000;
      while (!existsSync(join(root, "opened.txt")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(readFileSync(join(root, "opened.txt"), "utf8").trim()).toBe(run.url);
    } finally {
      expect(await run.stop()).toBe(0);
    }
  });
});
