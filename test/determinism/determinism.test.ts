// Same input → byte-identical output, whatever the process, the time zone or the build clock:
// the 2022 plan (and its Q1 report) rendered in separate processes under Asia/Ho_Chi_Minh, UTC
// and a zone behind UTC, with and without SOURCE_DATE_EPOCH. Documents take their time only from
// the document's date; `init` (which has no document yet) takes "today" from SOURCE_DATE_EPOCH
// in Vietnam's time, so the zone of the machine does not change it either.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliBin } from "../helpers/cli-bin.js";
import { completeOutputProblem } from "../helpers/output-files.js";

const run = promisify(execFile);
let bin: string;
let root: string;

interface Variant {
  label: string;
  env: Record<string, string>;
}

// The first two differ only by being two processes; the others change the zone and the clock.
const VARIANTS: Variant[] = [
  { label: "hcm-1", env: { TZ: "Asia/Ho_Chi_Minh" } },
  { label: "hcm-2", env: { TZ: "Asia/Ho_Chi_Minh" } },
  { label: "utc", env: { TZ: "UTC" } },
  { label: "la-epoch", env: { TZ: "America/Los_Angeles", SOURCE_DATE_EPOCH: "1767200400" } },
  { label: "utc-epoch-0", env: { TZ: "UTC", SOURCE_DATE_EPOCH: "0" } },
];

/** The environment of a child: ours without TZ/SOURCE_DATE_EPOCH, plus the variant's. */
function envFor(v: Variant): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.TZ;
  delete env.SOURCE_DATE_EPOCH;
  return { ...env, ...v.env };
}

async function cli(args: string[], v: Variant, cwd = root): Promise<void> {
  await run(process.execPath, [bin, ...args], { cwd, env: envFor(v) });
}

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe("determinism across processes, time zones and SOURCE_DATE_EPOCH", () => {
  beforeAll(() => {
    bin = cliBin();
    root = mkdtempSync(join(tmpdir(), "cai-cach-determinism-"));
    mkdirSync(join(root, ".git"));
    cpSync(join(process.cwd(), "plans"), join(root, "plans"), { recursive: true });
    cpSync(join(process.cwd(), "logs"), join(root, "logs"), { recursive: true });
  }, 300_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("render: the 2022 plan gives the same DOCX and PDF bytes in every variant", async () => {
    for (const v of VARIANTS) await cli(["render", "plans/plan-2022.yaml", "--format", "docx,pdf", "--out", `out-${v.label}`], v);
    // Also from another folder, by another path, under the C locale: no path or locale leaks in.
    const sub: Variant = { label: "subfolder-c-locale", env: { TZ: "Asia/Ho_Chi_Minh", LC_ALL: "C", LANG: "C" } };
    await cli(["render", join(root, "plans", "plan-2022.yaml"), "--out", join(root, `out-${sub.label}`)], sub, join(root, "plans"));
    const outputs = [...VARIANTS, sub].map((v) => tree(join(root, `out-${v.label}`)));
    expect([...outputs[0]!.keys()]).toEqual(["plan-2022.docx", "plan-2022.pdf"]);
    for (const [name, bytes] of outputs[0]!) expect(await completeOutputProblem(name, bytes), name).toBeUndefined();
    [...VARIANTS, sub].forEach((v, i) => {
      for (const [name, bytes] of outputs[0]!)
        expect(outputs[i]!.get(name)?.equals(bytes), `${name}: ${v.label} differs from ${VARIANTS[0]!.label}`).toBe(true);
    });

    // The one time in the files is the document's own date (27/01/2022), not the clock's.
    const docx = await JSZip.loadAsync(outputs[0]!.get("plan-2022.docx")!);
    const core = await docx.file("docProps/core.xml")!.async("string");
    expect(core).toMatch(/<dcterms:created[^>]*>2022-01-27T00:00:00Z</u);
    for (const entry of Object.values(docx.files)) expect(entry.date.getUTCFullYear(), entry.name).toBe(2022);
    // pdfkit writes the Info dates as indirect string objects: "(D:20220127000000Z)".
    const pdf = outputs[0]!.get("plan-2022.pdf")!.toString("latin1");
    expect(/\(D:20220127\d{6}Z\)/u.test(pdf), "the PDF's CreationDate is not the document's date").toBe(true);
    expect(/\(D:(?!20220127)\d{14}/u.test(pdf), "the PDF holds another date").toBe(false);
  }, 600_000);

  it("report: the Q1 2022 report gives the same DOCX and PDF bytes in every variant", async () => {
    const variants = [VARIANTS[0]!, VARIANTS[2]!, VARIANTS[3]!];
    for (const v of variants)
      await cli(["report", "--quarter", "1", "--year", "2022", "--format", "docx,pdf", "--out", `report-${v.label}`], v);
    const outputs = variants.map((v) => tree(join(root, `report-${v.label}`)));
    expect([...outputs[0]!.keys()].sort()).toEqual(["bao-cao-2022-Q1.docx", "bao-cao-2022-Q1.pdf"]);
    variants.forEach((v, i) => {
      for (const [name, bytes] of outputs[0]!) expect(outputs[i]!.get(name)!.equals(bytes), `${name}: ${v.label} differs`).toBe(true);
    });
  }, 600_000);

  it("init: with SOURCE_DATE_EPOCH the scaffold is the same in every zone, dated in Vietnam's time", async () => {
    // 1767200400 = 2025-12-31 17:00 UTC = 2026-01-01 00:00 in Hà Nội; 9:00 on 31/12 in Los Angeles.
    const zones = ["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles"];
    const args = [
      "--agency",
      "Sở Nội vụ",
      "--abbreviation",
      "SNV",
      "--parent",
      "Ủy ban nhân dân tỉnh Đồng Nai",
      "--parent-abbreviation",
      "UBND",
      "--place",
      "Đồng Nai",
      "--no-lock",
    ];
    const base = mkdtempSync(join(tmpdir(), "cai-cach-init-det-"));
    try {
      for (const tz of zones)
        await cli(["init", tz.replace("/", "-"), ...args], { label: tz, env: { TZ: tz, SOURCE_DATE_EPOCH: "1767200400" } }, base);
      const trees = zones.map((tz) => tree(join(base, tz.replace("/", "-"))));
      const plan = [...trees[0]!.entries()].find(([p]) => p.startsWith("plans/"));
      expect(plan, "init wrote no plan").toBeDefined();
      expect(plan![1].toString("utf8")).toMatch(/^date: 2026-01-01$/mu);
      for (const t of trees.slice(1)) {
        expect([...t.keys()]).toEqual([...trees[0]!.keys()]);
        for (const [p, bytes] of trees[0]!) expect(t.get(p)!.equals(bytes), p).toBe(true);
      }
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  }, 300_000);
});
