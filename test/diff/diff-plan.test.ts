import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/model/plan.js";
import { diffPlan } from "../../src/diff/diff-plan.js";
import { wordDiff, similarity } from "../../src/diff/similarity.js";
import { formatMoney } from "../../src/diff/format-values.js";

function plan(over: Partial<Plan> = {}): Plan {
  return {
    type: "KH",
    number: 5,
    code: "KH-UBND",
    issuer: { name: "ỦY BAN NHÂN DÂN XÃ A", abbreviation: "UBND" },
    place: "A",
    date: "2025-01-10",
    year: 2025,
    title: "Cải cách hành chính năm 2025",
    body: [
      {
        id: "muc-1",
        title: "MỤC TIÊU",
        items: ["Nâng cao chất lượng phục vụ người dân", "Rút ngắn thời gian giải quyết hồ sơ", "Công khai thủ tục hành chính"],
      },
      { id: "muc-2", title: "NHIỆM VỤ", items: [{ id: "nv-1", text: "Tập huấn cán bộ", units: ["vp"], targets: { budget: 1000000 } }] },
    ],
    units: [{ id: "vp", name: "Văn phòng" }],
    recipients: ["UBND huyện"],
    filing: { units: ["VT"] },
    signer: { prefix: "TM.", authority: "ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Trần Văn B" },
    ...over,
  };
}

describe("diffPlan", () => {
  it("finds nothing between a plan and itself", () => {
    expect(diffPlan(plan(), plan())).toEqual([]);
  });

  it("matches an untitled string item by similarity when it is reworded between insertions", () => {
    const after = plan();
    after.body[0].items = [
      "Nâng cao chất lượng phục vụ người dân",
      "Số hóa hồ sơ",
      "Rút ngắn hơn nữa thời gian giải quyết hồ sơ",
      "Công khai thủ tục hành chính",
    ];
    const changes = diffPlan(plan(), after);
    expect(changes.map((c) => c.kind).sort()).toEqual(["added", "reworded"]);
    const reworded = changes.find((c) => c.kind === "reworded");
    expect(reworded).toMatchObject({ before: "Rút ngắn thời gian giải quyết hồ sơ", node: { label: "ý 3, mục I" } });
    expect(changes.find((c) => c.kind === "added")).toMatchObject({ node: { label: "ý 2, mục I" }, text: "Số hóa hồ sơ" });
  });

  it("reports an item moved to another section by its id, with its changed target", () => {
    const after = plan();
    const moved = after.body[1].items!.pop() as { id: string; text: string; targets: { budget: number } };
    moved.targets = { budget: 2000000 };
    after.body[0].items!.push(moved);
    const changes = diffPlan(plan(), after);
    expect(changes).toContainEqual(expect.objectContaining({ kind: "moved", from: "ý 1, mục II" }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: "target", field: "budget", before: 1000000, after: 2000000 }));
    expect(changes.some((c) => c.kind === "added" || c.kind === "removed")).toBe(false);
  });

  it("pairs an item with an id that moved into a new section", () => {
    const after = plan();
    const item = after.body[1].items!.pop()!;
    after.body.push({ id: "muc-3", title: "ĐÀO TẠO", items: [item] });
    const changes = diffPlan(plan(), after);
    expect(changes).toContainEqual(expect.objectContaining({ kind: "added", node: expect.objectContaining({ id: "muc-3" }) }));
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: "moved", from: "ý 1, mục II", node: expect.objectContaining({ id: "nv-1", label: "ý 1, mục III" }) }),
    );
    expect(changes.some((c) => c.kind === "removed")).toBe(false);
  });

  it("reports header fields, recipients and units", () => {
    const after = plan({ number: 6, signer: { ...plan().signer, name: "Lê Thị C" }, recipients: ["UBND huyện", "Phòng Nội vụ"] });
    after.units = [{ id: "vp", name: "Văn phòng HĐND và UBND" }];
    const changes = diffPlan(plan(), after);
    expect(changes).toContainEqual({ kind: "header", field: "number", before: 5, after: 6 });
    expect(changes).toContainEqual({ kind: "header", field: "signer.name", before: "Trần Văn B", after: "Lê Thị C" });
    expect(changes).toContainEqual({ kind: "list", field: "recipients", added: ["Phòng Nội vụ"], removed: [], reworded: [] });
    expect(changes).toContainEqual(expect.objectContaining({ kind: "agency-unit", change: "renamed", id: "vp" }));
  });

  it("reports a removed section once, with the number of its sub-items", () => {
    const after = plan();
    after.body.pop();
    const changes = diffPlan(plan(), after);
    expect(changes).toEqual([
      expect.objectContaining({ kind: "removed", descendants: 1, node: expect.objectContaining({ label: "mục II", id: "muc-2" }) }),
    ]);
  });
});

describe("word helpers", () => {
  it("puts deleted words before inserted ones", () => {
    expect(wordDiff("kiểm tra công tác", "giám sát công tác")).toEqual([
      { op: "del", text: "kiểm tra" },
      { op: "ins", text: "giám sát" },
      { op: "same", text: "công tác" },
    ]);
  });
  it("scores identical text 1 and unrelated text 0", () => {
    expect(similarity("Tập huấn cán bộ", "tập huấn cán bộ")).toBe(1);
    expect(similarity("Tập huấn", "Mua sắm")).toBe(0);
  });
  it("groups thousands with dots", () => {
    expect(formatMoney(25000000)).toBe("25.000.000 đồng");
  });
});
