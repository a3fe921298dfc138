// A repository's own templates/bao-cao.hbs rewords the Báo cáo: the opening and the closing
// sentence are in the template, not in TypeScript, so an override changes them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-run.js";
import { docxParagraphs } from "../helpers/docx-plain-text.js";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cai-cach-tpl-report-"));
  mkdirSync(join(root, ".git"));
  cpSync(resolve("plans"), join(root, "plans"), { recursive: true });
  cpSync(resolve("logs"), join(root, "logs"), { recursive: true });
  return root;
}

async function reportParagraphs(root: string): Promise<string[]> {
  const r = await runCli(["report", "--quarter", "1", "--format", "docx", "--out", "out"], root);
  expect(r.stderr).not.toContain("template/");
  return docxParagraphs(readFileSync(join(root, "out", "bao-cao-2022-Q1.docx")));
}

describe("report wording from the project's templates", () => {
  it("an own bao-cao.hbs rewords the opening and the closing sentence", async () => {
    const packaged = await reportParagraphs(project());
    expect(packaged.some((p) => p.startsWith("Thực hiện Kế hoạch số 175/KH-SVHTTDL ngày 27 tháng 01 năm 2022 về"))).toBe(true);
    expect(packaged.some((p) => p.startsWith("Trên đây là báo cáo kết quả công tác"))).toBe(true);

    const root = project();
    const template = readFileSync(resolve("templates/bao-cao.hbs"), "utf8");
    const reworded = template
      .replace(/^@NoiDung Thực hiện .*$/m, "@NoiDung Căn cứ Kế hoạch {{plan.number}}, Sở báo cáo {{period.label}}:")
      .replace(/^@NoiDung\+? Trên đây là .*$/m, "@NoiDung+ Sở trân trọng báo cáo./.");
    expect(reworded).not.toBe(template);
    mkdirSync(join(root, "templates"));
    writeFileSync(join(root, "templates", "bao-cao.hbs"), reworded);
    const own = await reportParagraphs(root);
    expect(own).toContain("Căn cứ Kế hoạch 175/KH-SVHTTDL, Sở báo cáo quý I năm 2022:");
    expect(own).toContain("Sở trân trọng báo cáo./.");
    expect(own.some((p) => p.startsWith("Thực hiện Kế hoạch số") || p.startsWith("Trên đây là"))).toBe(false);
  });
});
