// init writes its YAML with the yaml library (issue 12): whatever an agency's name holds, the
// files parse back to the same keys and the name comes back as the one string typed.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scaffold } from "../../src/init/scaffold.js";
import { mdInline } from "../../src/util/markdown-text.js";

/** A git source: no tarball to pack (package-source.ts is tested through init). */
const source = { spec: "git+https://example.org/cai-cach.git", describe: "kho git" };

const today = { iso: "2026-01-01", year: 2026 };
const HOSTILE = ["Sở A\nsigner: x", 'Sở "A": B # C', "Sở 'A'", "- Sở", "{Sở}", "Sở A\n# comment\nrules: { x: off }", "&a *b !c"];

async function files(agency: string, place = agency, parent = agency) {
  const s = await scaffold({ dir: "/r", agency, place, parent, parentAbbreviation: "UBND", today, source });
  const text = (name: string) => s.files.find((f) => f.path.endsWith(name))!.content;
  return {
    config: text("cai-cach.config.yaml"),
    plan: text("plan-2026.yaml"),
    log: text("2026-van-phong.yaml"),
    readme: text("README.md"),
  };
}

describe("init's YAML, made by the yaml library", () => {
  for (const agency of HOSTILE) {
    it(`keeps ${JSON.stringify(agency)} one value and adds no key`, async () => {
      const f = await files(agency);
      const config = parse(f.config);
      expect(Object.keys(config)).toEqual(["agency", "report", "rules"]);
      expect(config.agency.name).toBe(agency.toLocaleUpperCase("vi"));
      expect(config.agency.place).toBe(agency);
      expect(config.rules).toEqual({});
      const plan = parse(f.plan);
      expect(plan.signer).toEqual({ title: "THỦ TRƯỞNG CƠ QUAN", name: "Họ và tên" });
      expect(plan.issuer.parent).toEqual({ name: agency.toLocaleUpperCase("vi"), abbreviation: "UBND" });
      expect(plan.place).toBe(agency);
      expect(plan.opening.text[0]).toContain(`, ${agency} ban hành`);
      expect(plan.closing.endsWith(`của ${agency}.`)).toBe(true);
      expect(Object.keys(parse(f.log))).toEqual(["year", "unit", "entries"]);
      // The README's title is Markdown: the name escaped, its line break a space.
      expect(f.readme.split("\n")[0]).toBe(`# Kế hoạch, báo cáo cải cách hành chính — ${mdInline(agency)}`);
      expect(f.readme.split("\n")[1]).toBe("");
    });
  }

  it("types come from the values: the year and the number stay numbers, the date a string", async () => {
    const plan = parse((await files("Sở Nội vụ")).plan);
    expect(plan.year).toBe(2026);
    expect(plan.number).toBe(1);
    expect(plan.date).toBe("2026-01-01");
  });

  it("without a parent agency, the plan and the config have no parent block", async () => {
    const s = await scaffold({ dir: "/r", agency: "Sở Nội vụ", today, source });
    for (const f of s.files.filter((x) => /(config|plan-2026)\.yaml$/.test(x.path))) {
      expect(f.content).not.toMatch(/parent/);
    }
  });
});
