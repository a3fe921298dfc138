import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";

// The Tinos files are gone (a broken install): every measurement of text fails.
vi.mock("../../src/layout/fonts.js", async (importOriginal) =>
  (await import("../helpers/fonts-missing.js")).fontsMissing(await importOriginal<typeof import("../../src/layout/fonts.js")>()),
);

describe("cai-cach render without the font", () => {
  it("reports render/font-missing with exit 2 and writes nothing", async () => {
    const root = mkdtempSync(join(tmpdir(), "cai-cach-font-"));
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "plans"));
    copyFileSync(join(process.cwd(), "plans", "plan-2022.yaml"), join(root, "plans", "plan-2022.yaml"));
    let stderr = "";
    const code = await main(["render", "plan-2022.yaml"], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: root,
      env: {},
    });
    expect(code).toBe(2);
    expect(stderr).toContain("  lỗi  render/font-missing");
    expect(stderr).toContain("dist/fonts/tinos-metrics.json");
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, "out"))).toBe(false);
  });
});
