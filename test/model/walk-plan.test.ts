import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/model/plan.js";
import { walkPlan } from "../../src/model/walk-plan.js";

const plan = {
  body: [
    { title: "Mục tiêu", items: ["a", { id: "x", text: "b" }], sections: [{ text: "khoản", sections: [{ text: "điểm" }] }] },
    { title: "Nội dung", sections: Array.from({ length: 24 }, (_, i) => ({ text: `k${i}` })) },
  ],
  appendices: [{ title: "PL", sections: [{ id: "pl-1", text: "một" }] }],
} as unknown as Plan;

describe("walkPlan: every section and item once, in document order", () => {
  const visits = [...walkPlan(plan)];
  const row = (v: (typeof visits)[number]) =>
    v.kind === "section" ? `${v.pointer} ${v.depth} ${v.label}${v.inAppendix ? " PL" : ""}` : `${v.pointer} item ${v.textPointer}`;

  it("yields a section, then its dash items, then its sub-sections, with pointers and numbers", () => {
    expect(visits.slice(0, 5).map(row)).toEqual([
      "/body/0 1 I.",
      "/body/0/items/0 item /body/0/items/0",
      "/body/0/items/1 item /body/0/items/1/text",
      "/body/0/sections/0 2 1.",
      "/body/0/sections/0/sections/0 3 a)",
    ]);
    expect(visits.map(row)).toContain("/body/1/sections/23 2 24.");
    expect(visits.at(-1) && row(visits.at(-1)!)).toBe("/appendices/0/sections/0 1 I. PL");
  });

  it("links each visit to its parent and the enclosing sections", () => {
    const deepest = visits.find((v) => v.pointer === "/body/0/sections/0/sections/0");
    expect(deepest?.kind === "section" && deepest.ancestors.map((s) => s.title ?? s.text)).toEqual(["Mục tiêu", "khoản"]);
    expect(deepest?.kind === "section" && deepest.parent?.pointer).toBe("/body/0/sections/0");
    const item = visits.find((v) => v.kind === "item" && v.item.id === "x");
    expect(item?.kind === "item" && item.section.pointer).toBe("/body/0");
    const inAppendix = visits.at(-1);
    expect(inAppendix?.kind === "section" && inAppendix.appendix?.index).toBe(0);
  });
});

describe("walkPlan: the numbering a plan chooses and content in written order", () => {
  const row = (v: ReturnType<typeof walkPlan> extends Generator<infer V> ? V : never) =>
    v.kind === "section" ? `${v.pointer} ${v.label}` : `${v.pointer} item`;

  it("numbers Phần I, I., 1., 1.1., 1.1.1. and continues numbers across content blocks", () => {
    const withParts = {
      numbering: { parts: true, sub: "decimal" },
      body: [
        {
          title: "PHẦN MỘT",
          sections: [
            {
              title: "MỤC",
              sections: [{ title: "Khoản", sections: [{ title: "Tiểu", sections: [{ text: "tiểu tiểu" }] }] }],
              content: ["đoạn sau", { items: ["ý"] }, { sections: [{ text: "khoản hai" }] }],
            },
          ],
        },
      ],
    } as unknown as Plan;
    expect([...walkPlan(withParts)].map(row)).toEqual([
      "/body/0 Phần I",
      "/body/0/sections/0 I.",
      "/body/0/sections/0/sections/0 1.",
      "/body/0/sections/0/sections/0/sections/0 1.1.",
      "/body/0/sections/0/sections/0/sections/0/sections/0 1.1.1.",
      "/body/0/sections/0/content/1/items/0 item",
      "/body/0/sections/0/content/2/sections/0 2.",
    ]);
  });

  it("starts at 1. when the plan's top level is Arabic, with điểm a) below", () => {
    const arabic = {
      numbering: { top: "arabic" },
      body: [{ title: "Một", sections: [{ text: "x" }] }, { title: "Hai" }],
    } as unknown as Plan;
    expect([...walkPlan(arabic)].map(row)).toEqual(["/body/0 1.", "/body/0/sections/0 a)", "/body/1 2."]);
  });
});
