import { describe, expect, it } from "vitest";
import { samplePlan } from "./sample-plan.js";
import type { SourcedEntry } from "../../src/logs/log-model.js";
import { planIndex } from "../../src/logs/plan-index.js";
import { compileReport, fmt } from "../../src/report/compile.js";
import { nextSpec, period, previousSpec, type PeriodSpec } from "../../src/report/periods.js";

const plan = samplePlan;

let n = 0;
const e = (date: string, items: string[], unit: string, q: [number, string][] = [], cost?: number): SourcedEntry => ({
  date,
  items,
  unit,
  summary: `việc ${n}`,
  quantities: q.map(([value, measure]) => ({ value, measure })),
  ...(cost ? { cost } : {}),
  file: "logs/x.yaml",
  index: n++,
});

const entries = [
  e("2021-10-01", ["tin"], "a", [[4, "tin/bài"]]), // previous quarter (Q4 2021: 15/9–14/12)
  e("2021-12-14", ["tin"], "a", [[1, "tin/bài"]]), // last day of Q4 2021
  e("2021-12-15", ["tin"], "a", [[2, "tin/bài"]], 100), // first day of Q1 2022
  e(
    "2022-01-20",
    ["tin", "video"],
    "b",
    [
      [3, "Tin / Bài"],
      [1, "video"],
    ],
    200,
  ),
  e("2022-03-14", ["video"], "b", [[1, "video"]]), // last day of Q1
  e("2022-03-15", ["tin"], "a", [[5, "tin/bài"]]), // Q2: not in Q1, in the Q2 year to date
  e("2022-02-01", ["khong-co"], "a", [[9, "tin/bài"]]), // unknown id: listed, counted nowhere
  e("2022-02-02", ["khac"], "z"), // unknown unit: listed, still counted
];

const run = (spec: PeriodSpec) =>
  compileReport({
    index: planIndex(plan),
    entries,
    period: period(spec, "nd09"),
    previous: period(previousSpec(spec), "nd09"),
    next: period(nextSpec(spec), "nd09"),
  });

describe("compileReport on figures computed by hand", () => {
  const q1 = run({ kind: "quarter", year: 2022, n: 1 });
  const item = (id: string) => q1.items.find((i) => i.id === id)!;

  it("per item in the period and in the year to date, measures normalised", () => {
    // An item's tally counts every entry naming it as an activity; each quantity is credited to
    // one item only (docs/reporting.md §4): entry 3's video goes to "video", whose target is in videos.
    expect(item("tin").period.quantities).toEqual({ "tin/bài": 5 }); // 2 + 3
    expect(item("tin").period.entries).toBe(2);
    expect(item("tin").yearToDate.quantities).toEqual({ "tin/bài": 5 });
    expect(item("tin").targets).toEqual([{ measure: "tin/bài", target: 10, done: 5, ratio: 0.5 }]);
    expect(item("video").period.quantities).toEqual({ video: 2 }); // entry 3 names it too: its activity, not its news items
    expect(item("video").period.entries).toBe(2);
    expect(item("tin").sources).toEqual(["logs/x.yaml#2", "logs/x.yaml#3"]);
  });

  it("statuses: done, overdue, in progress", () => {
    expect(item("video").status).toBe("done");
    expect(item("hop").status).toBe("overdue"); // deadline 28/02 before 14/03, nothing done
    expect(item("tin").status).toBe("in-progress");
    const q4 = run({ kind: "quarter", year: 2021, n: 4 });
    expect(q4.items.find((i) => i.id === "hop")!.status).toBe("not-started");
  });

  it("totals count each entry once; change from the previous period", () => {
    // Q1: entries 2, 3, 4, 7 (unknown unit) → tin/bài 2+3, video 1+1; entry 6 (unknown id) is not counted.
    expect(q1.totals.period.entries).toBe(4);
    expect(q1.totals.period.quantities).toEqual({ "tin/bài": 5, video: 2 });
    expect(q1.totals.previous.quantities).toEqual({ "tin/bài": 5 }); // 4 + 1
    expect(q1.byMeasure).toEqual([
      { measure: "tin/bài", period: 5, previous: 5, delta: 0, percent: 0 },
      { measure: "video", period: 2, previous: 0, delta: 2 },
    ]);
  });

  it("by unit, by form, budget", () => {
    expect(q1.byUnit.map((u) => [u.id, u.period.entries, u.period.cost])).toEqual([
      ["a", 1, 100],
      ["b", 2, 200],
      ["z", 1, 0],
    ]);
    expect(q1.byUnit[2].name).toBe("(không rõ: z)");
    expect(q1.byForm.map((f) => [f.id, f.period.entries])).toEqual([
      ["tin", 2],
      ["hop", 0],
      ["video", 2],
    ]);
    // Only "tin" has a budget target; it was named by entries 2 (100) and 3 (200).
    expect(q1.budget).toEqual({ planned: 1000, plannedUsed: 300, period: 300, yearToDate: 300 });
  });

  it("gaps, next period's tasks, unmatched entries", () => {
    expect(q1.gaps.map((g) => g.id)).toEqual(["hop"]);
    expect(q1.next.find((t) => t.id === "tin")!.reasons).toEqual(["thường xuyên", "còn 5/10 tin/bài"]);
    expect(q1.next.find((t) => t.id === "hop")!.reasons).toEqual(["quá hạn 28/02/2022", "còn 1/1 buổi"]);
    expect(q1.next.find((t) => t.id === "video")).toBeUndefined();
    expect(q1.unmatched).toEqual([
      { source: "logs/x.yaml#6", date: "2022-02-01", summary: "việc 6", ids: ["khong-co"] },
      { source: "logs/x.yaml#7", date: "2022-02-02", summary: "việc 7", ids: [], unit: "z" },
    ]);
  });

  it("an item without targets is listed only when it has activity", () => {
    expect(q1.items.map((i) => i.id)).toEqual(["tin", "hop", "video", "khac"]);
    expect(run({ kind: "quarter", year: 2022, n: 3 }).items.map((i) => i.id)).toEqual(["tin", "hop", "video", "khac"]);
    expect(run({ kind: "quarter", year: 2021, n: 4 }).items.map((i) => i.id)).toEqual(["tin", "hop", "video"]);
  });

  it("year to date runs from 15/12 of the previous year to the period's end", () => {
    const q2 = run({ kind: "quarter", year: 2022, n: 2 });
    expect(q2.items.find((i) => i.id === "tin")!.yearToDate.quantities).toEqual({ "tin/bài": 10 }); // 2 + 3 + 5
    expect(q2.items.find((i) => i.id === "tin")!.status).toBe("done");
  });

  it("formats numbers the Vietnamese way", () => {
    expect(fmt(1500000)).toBe("1.500.000");
    expect(fmt(2.5)).toBe("2,5");
    expect(fmt(-1200)).toBe("-1.200");
  });
});
