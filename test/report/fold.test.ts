// The report folds log files one at a time (fold.ts); the figures must be exactly those of
// compiling the whole entry list at once, and must not depend on the entries once folded.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { samplePlan } from "./sample-plan.js";
import type { SourcedEntry } from "../../src/logs/log-model.js";
import { planIndex } from "../../src/logs/plan-index.js";
import { compileReport, reportFromFold } from "../../src/report/compile.js";
import { foldEntries, startFold } from "../../src/report/fold.js";
import { nextSpec, period, previousSpec, type PeriodSpec } from "../../src/report/periods.js";

const plan = samplePlan;
const index = planIndex(plan);
const spec: PeriodSpec = { kind: "quarter", year: 2022, n: 1 };
const p = period(spec, "nd09");
const previous = period(previousSpec(spec), "nd09");
const next = period(nextSpec(spec), "nd09");

const day = fc.integer({ min: 0, max: 500 }).map((d) => new Date(Date.UTC(2021, 8, 1) + d * 86_400_000).toISOString().slice(0, 10));
const entry = fc.record({
  date: day,
  items: fc.array(fc.constantFrom("tin", "hop", "khac", "hinh-thuc", "khong-co"), { minLength: 1, maxLength: 3 }),
  unit: fc.option(fc.constantFrom("a", "b", "z"), { nil: undefined }),
  summary: fc.string({ maxLength: 20 }),
  quantities: fc.array(
    fc.record({ value: fc.integer({ min: 0, max: 50 }), measure: fc.constantFrom("tin/bài", "Tin, Bài", "buổi", "video") }),
    { maxLength: 2 },
  ),
  cost: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  participants: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
});
/** Log files: each a list of entries, tagged as load-logs.ts tags them. */
const files = fc.array(fc.array(entry, { maxLength: 15 }), { maxLength: 5 }).map((fs) =>
  fs.map((es, f) =>
    es.map((e, i): SourcedEntry => {
      const clean = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as typeof e;
      return { ...clean, file: `logs/f${f}.yaml`, index: i };
    }),
  ),
);

const clone = <T>(x: T): T => structuredClone(x);

describe("folding log files one at a time", () => {
  it("gives the same report as compiling every entry at once", () => {
    fc.assert(
      fc.property(files, fc.boolean(), (logs, sample) => {
        const whole = compileReport({ index, entries: clone(logs).flat(), period: p, previous, next, sample });
        const fold = startFold({ index, period: p, previous });
        for (const file of clone(logs)) foldEntries(fold, file);
        expect(reportFromFold(fold, next, sample)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps nothing of a file's entries once folded (the file's data can be freed)", () => {
    fc.assert(
      fc.property(files, (logs) => {
        const whole = compileReport({ index, entries: clone(logs).flat(), period: p, previous, next });
        const fold = startFold({ index, period: p, previous });
        for (const file of clone(logs)) {
          foldEntries(fold, file);
          // Overwrite what was read, as if the memory were reused by the next file.
          for (const e of file)
            Object.assign(e, {
              date: "1900-01-01",
              items: ["x"],
              unit: "x",
              summary: "x",
              quantities: [{ value: -1, measure: "x" }],
              file: "x",
              index: -1,
            });
        }
        expect(reportFromFold(fold, next, false)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it("counts a hand case split over two files as one list", () => {
    const a: SourcedEntry[] = [
      {
        date: "2022-01-05",
        items: ["tin"],
        unit: "a",
        summary: "một",
        quantities: [{ value: 2, measure: "tin/bài" }],
        cost: 100,
        file: "logs/a.yaml",
        index: 0,
      },
      { date: "2022-02-01", items: ["khong-co"], unit: "a", summary: "không khớp", file: "logs/a.yaml", index: 1 },
    ];
    const b: SourcedEntry[] = [
      {
        date: "2022-01-06",
        items: ["tin", "hop"],
        unit: "b",
        summary: "hai",
        quantities: [
          { value: 3, measure: "Tin, Bài" },
          { value: 1, measure: "buổi" },
        ],
        file: "logs/b.yaml",
        index: 0,
      },
    ];
    const fold = foldEntries(foldEntries(startFold({ index, period: p, previous }), a), b);
    const data = reportFromFold(fold, next, false);
    expect(data.totals.period).toEqual({ entries: 2, quantities: { "tin/bài": 5, buổi: 1 }, cost: 100, participants: 0, reach: 0 });
    expect(data.items.find((i) => i.id === "tin")?.sources).toEqual(["logs/a.yaml#0", "logs/b.yaml#0"]);
    expect(data.unmatched).toEqual([{ source: "logs/a.yaml#1", date: "2022-02-01", summary: "không khớp", ids: ["khong-co"] }]);
  });
});
