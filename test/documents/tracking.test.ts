// A Quyết định ban hành kế hoạch keeps the attached plan in `body`: the log index and the
// walker see its items exactly as they see a stand-alone plan's (issue 10, item 1).
import { join } from "node:path";
import { expect, it } from "vitest";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { planIndex } from "../../src/logs/plan-index.js";
import { planItems } from "../../src/model/walk-plan.js";
import { CORPUS } from "./corpus.js";

it("indexes the attached plan's sections and items of a Quyết định as a plan's", async () => {
  const plan = (await loadPlan(join(CORPUS, "qd-ban-hanh-ke-hoach.yaml"))).value!;
  const index = planIndex(plan);
  expect([...index.nodes.keys()]).toEqual(["cai-cach-the-che", "ra-soat-van-ban", "cai-cach-tthc", "so-hoa-ho-so"]);
  expect(index.nodes.get("ra-soat-van-ban")).toMatchObject({ units: ["stp", "snv"], ancestors: ["cai-cach-the-che"] });
  expect(planItems(plan).map((v) => `${v.pointer} ${v.section.label}`)).toEqual([
    "/body/1/sections/0/items/0 1.",
    "/body/1/sections/1/items/0 2.",
  ]);
});

it("rejects a decision part in a document that is not a Quyết định, at its type, with the fix", async () => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "cai-cach-qd-type-"));
  const text = readFileSync(join(CORPUS, "qd-ban-hanh-ke-hoach.yaml"), "utf8")
    .replace(/^type: QĐ$/m, "type: KH")
    .replace(/^code: QĐ-UBND$/m, "code: KH-UBND");
  writeFileSync(join(dir, "kh.yaml"), text);
  const loaded = await loadPlan(join(dir, "kh.yaml"));
  expect(loaded.diagnostics.map((d) => [d.code, d.pointer, d.hint])).toEqual([
    ["schema/enum", "/type", "Văn bản có phần quyết định (decision) là Quyết định: type: QĐ."],
  ]);
});
