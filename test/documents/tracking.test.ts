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
