// Every DOCX of the corpus is valid WordprocessingML (ISO/IEC 29500-4, transitional), as Word's
// own validator would judge it: each XML part under word/ checked by xmllint against wml.xsd,
// after removing what markup compatibility lets a consumer ignore (mc:Ignorable and the
// w14/w15/w16… extension attributes). Needs xmllint (Debian libxml2-utils, which .ci/run
// installs); the schemas are kept in test/fixtures/ooxml/. Without xmllint the test is skipped and
// says so, except in CI (CI=true), where a missing validator is a failure, never a silent pass.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { composePlan } from "../../src/compose/compose-plan.js";
import { writeDocx } from "../../src/write/docx/write-docx.js";
import { buildDocument, corpusNames } from "./corpus.js";

const run = promisify(execFile);
const XSD = join(import.meta.dirname, "../fixtures/ooxml/ISO-IEC29500-4_2016/wml.xsd");
const hasXmllint = (process.env.PATH ?? "").split(delimiter).some((dir) => dir !== "" && existsSync(join(dir, "xmllint")));
const ready = hasXmllint && existsSync(XSD);
if (!ready && process.env.CI)
  throw new Error("CI: xmllint (libxml2-utils) or test/fixtures/ooxml/ is missing, so no DOCX could be validated.");
if (!ready) console.warn("xmllint or the WordprocessingML schemas are missing: DOCX schema validation skipped.");

/** The part without what markup compatibility allows a consumer to ignore. */
const withoutExtensions = (xml: string): string =>
  xml.replace(/\s+mc:Ignorable="[^"]*"/gu, "").replace(/\s+w1[4-9][a-z]*:[A-Za-z]+="[^"]*"/gu, "");

const PARTS = /^word\/(document|styles|settings|numbering|fontTable|footnotes|endnotes|header\d*|footer\d*)\.xml$/u;

/** The DOCX of the repository's own plan, as `render` writes it. */
async function seedDocx(): Promise<Buffer> {
  const plan = (await loadPlan(join(import.meta.dirname, "../../plans/plan-2022.yaml"))).value!;
  return writeDocx(composePlan(plan).value!);
}

describe.skipIf(!ready)("the corpus's DOCX against the WordprocessingML schemas", () => {
  it.each([...corpusNames(), "plans/plan-2022.yaml"])("%s: every part under word/ validates", async (name) => {
    const docx = name.startsWith("plans/") ? await seedDocx() : (await buildDocument(name)).docx;
    const zip = await JSZip.loadAsync(docx);
    const dir = await mkdtemp(join(tmpdir(), "cai-cach-wml-"));
    try {
      const files: string[] = [];
      for (const path of Object.keys(zip.files).filter((p) => PARTS.test(p))) {
        const file = join(dir, path.replace(/\//gu, "-"));
        await writeFile(file, withoutExtensions(await zip.file(path)!.async("string")));
        files.push(file);
      }
      expect(files.length).toBeGreaterThanOrEqual(3);
      const result = await run("xmllint", ["--noout", "--schema", XSD, ...files]).catch((e: { stderr: string }) => ({ stderr: e.stderr }));
      const failures = result.stderr.split("\n").filter((l) => l !== "" && !l.endsWith(" validates"));
      expect(failures).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
