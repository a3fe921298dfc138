// The seed (the real Kế hoạch 175/KH-SVHTTDL as text, kept in test/fixtures/seed/) imported: it gives plans/plan-2022.yaml's document less the
// corrections listed at the top of that file, and `check` finds only the seed's own mistakes.
// The same seed made a DOCX by LibreOffice (not by cai-cach's writer) imports to the same plan,
// its problems pointing at paragraphs.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadAndCheckPlan } from "../../src/check/check-plan-file.js";
import type { Plan } from "../../src/model/plan.js";
import { hasSoffice, sofficeSkipReason } from "../write/docx/soffice.js";
import { codesOf, reimport, render } from "./round-trip.js";

const SEED_DIRS = [join(import.meta.dirname, "../fixtures/seed")];
const SEED = SEED_DIRS.map((d) => join(d, "ke-hoach-175-KH-SVHTTDL-2022.txt")).find(existsSync);
const PLAN_2022 = join(import.meta.dirname, "../../plans/plan-2022.yaml");

/** The corrections listed at the top of plans/plan-2022.yaml, undone: the seed's own text. */
const SEED_MISTAKES: [string, string][] = [
  ["115/2020/NĐ-CP", "115/NĐ-CP"],
  ["đông đảo", "đồng đảo"],
  ["lồng ghép với các nội dung", "lòng ghép với các nội dung"],
  ["GĐ, PGĐ", "GD, PGD"],
  ["hiện đại hóa", "hiện đại hoá"],
];

const undo = (v: unknown): unknown => {
  if (typeof v === "string") return SEED_MISTAKES.reduce((s, [fixed, seed]) => s.split(fixed).join(seed), v);
  if (Array.isArray(v)) return v.map(undo);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, undo(x)]));
  return v;
};

async function seedAsPlan2022(): Promise<string> {
  const plan = (await loadAndCheckPlan(PLAN_2022)).result.value!;
  // The top comment lists exactly these corrections (and the II → IV jump, renumbered by cai-cach).
  const top = readFileSync(PLAN_2022, "utf8").split("\ntype:")[0]!;
  for (const [fixed, seed] of SEED_MISTAKES.filter(([f]) => f !== "lồng ghép với các nội dung"))
    expect(top, `plan-2022.yaml lists "${seed}" → "${fixed}"`).toContain(seed.split(" ")[0]!);
  return (await render(undo(plan) as Plan)).md;
}

if (!SEED) throw new Error("test/fixtures/seed/ke-hoach-175-KH-SVHTTDL-2022.txt is missing: the seed import cannot be tested.");
if (!hasSoffice) console.warn(sofficeSkipReason);

describe.skipIf(!SEED)("import of the seed", () => {
  it("gives plan-2022's document less its corrections; check finds only the seed's own mistakes", async () => {
    const back = await reimport("txt", { text: readFileSync(SEED!, "utf8") });
    // What import itself reports: the header the seed lacks, the sentence cut by a blank line,
    // "Noi nhậm:", the jump from II to IV.
    expect(codesOf(back.importDiagnostics)).toEqual([
      "import/joined-lines",
      "import/missing-part",
      "import/misspelt-label",
      "import/numbering",
    ]);
    expect(back.importDiagnostics.find((d) => d.code === "import/numbering")).toMatchObject({ line: 98 });
    // What check finds in the imported plan: "115/NĐ-CP" without its year, "hoá" in a "hóa" document.
    expect(codesOf(back.checkDiagnostics)).toEqual(["rule/cited-year-missing", "rule/tone-style"]);
    expect(back.plan).toBeDefined();
    expect((await render(back.plan!)).md).toBe(await seedAsPlan2022());
    // Every place it guessed is marked for review in the YAML.
    expect(back.yaml).toContain("# kiểm tra: bản gốc không có tên cơ quan ở đầu văn bản");
    expect(back.yaml).toContain('# kiểm tra: bản gốc đánh số "IV." ở đây');
    expect(back.yaml).toContain('# kiểm tra: đoạn "- Công tác thông tin, tuyên truyền về cả…" được nối từ hai dòng');
  });

  it.skipIf(!hasSoffice)(
    "made a DOCX by LibreOffice, imports to the same plan with its problems at paragraphs, no crash",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "cai-cach-seed-lo-"));
      try {
        writeFileSync(join(dir, "seed.txt"), readFileSync(SEED!));
        await promisify(execFile)(
          "soffice",
          [
            `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
            "--headless",
            "--infilter=Text (encoded):UTF8,LF,Liberation Serif,vi",
            "--convert-to",
            "docx",
            "--outdir",
            dir,
            join(dir, "seed.txt"),
          ],
          { timeout: 120_000 },
        );
        const docx = readFileSync(join(dir, "seed.docx"));
        const fromDocx = await reimport("docx", { bytes: docx });
        const fromText = await reimport("txt", { text: readFileSync(SEED!, "utf8") });
        expect(codesOf(fromDocx.importDiagnostics)).toEqual(codesOf(fromText.importDiagnostics));
        expect(fromDocx.importDiagnostics.find((d) => d.code === "import/misspelt-label")?.message).toMatch(/^Đoạn \d+: "Noi nhậm:"/);
        expect((await render(fromDocx.plan!)).md).toBe((await render(fromText.plan!)).md);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );

  it.skipIf(!hasSoffice)(
    "plan-2022's DOCX re-saved by LibreOffice (its own styles, tables and XML) imports to the same document",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "cai-cach-resave-lo-"));
      try {
        const plan = (await loadAndCheckPlan(PLAN_2022)).result.value!;
        const ours = await render(plan);
        writeFileSync(join(dir, "in.docx"), ours.docx);
        await promisify(execFile)(
          "soffice",
          [
            `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            join(dir, "out"),
            join(dir, "in.docx"),
          ],
          { timeout: 120_000 },
        );
        const resaved = readFileSync(join(dir, "out", "in.docx"));
        expect(resaved.equals(ours.docx)).toBe(false);
        const back = await reimport("docx", { bytes: resaved });
        expect(back.importDiagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
        expect((await render(back.plan!)).md).toBe(ours.md);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
