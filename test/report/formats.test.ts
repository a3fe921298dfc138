import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/model/plan.js";
import { planIndex } from "../../src/logs/plan-index.js";
import { compileReport } from "../../src/report/compile.js";
import { nextSpec, period, previousSpec, type PeriodSpec } from "../../src/report/periods.js";
import { reportTerminal } from "../../src/report/formats/terminal.js";
import { reportCsv } from "../../src/report/formats/csv.js";
import { reportMarkdown } from "../../src/report/formats/markdown.js";

const plan: Plan = {
  type: "KH",
  number: 1,
  code: "KH-X",
  issuer: { name: "SỞ X" },
  place: "P",
  date: "2022-01-10",
  year: 2022,
  title: "T",
  recipients: [],
  filing: { units: ["VT"] },
  signer: { title: "GIÁM ĐỐC", name: "A" },
  units: [{ id: "a", name: "Phòng A" }],
  body: [
    { id: "tin", text: "Đăng tin, bài", targets: { quantities: [{ value: 4, measure: "tin/bài" }] } },
    { id: "khac", text: "Việc khác" },
  ],
};
const spec: PeriodSpec = { kind: "quarter", year: 2022, n: 1 };
const data = compileReport({
  index: planIndex(plan),
  entries: [
    {
      date: "2022-01-05",
      items: ["tin"],
      unit: "a",
      summary: "s",
      quantities: [{ value: 1, measure: "tin/bài" }],
      cost: 1500000,
      file: "l.yaml",
      index: 0,
    },
    { date: "2022-01-06", items: ["khac"], unit: "a", summary: 'k, "x"', file: "l.yaml", index: 1 },
  ],
  period: period(spec, "nd09"),
  previous: period(previousSpec(spec), "nd09"),
  next: period(nextSpec(spec), "nd09"),
});

describe("report outputs", () => {
  it("terminal: a bar against the target, none without one; plain when not a TTY", () => {
    const plain = reportTerminal(data, { tty: false });
    expect(plain).toContain("[#####---------------] 1/4 tin/bài");
    expect(plain).toMatch(/khac\s+\[\s{20}\] 1 hoạt động \(lũy kế\)/);
    expect(plain).not.toContain("\u001b[");
    const tty = reportTerminal(data, { tty: true });
    expect(tty).toContain("█████░░░░░░░░░░░░░░░");
    expect(tty).toContain("\u001b[33mĐang thực hiện\u001b[0m");
  });
  it("terminal: a negative figure (a log not checked) gives an empty bar, not a crash", () => {
    const negative = compileReport({
      index: planIndex(plan),
      entries: [
        {
          date: "2022-01-05",
          items: ["tin"],
          unit: "a",
          summary: "s",
          quantities: [{ value: -20, measure: "tin/bài" }],
          file: "l.yaml",
          index: 0,
        },
      ],
      period: period(spec, "nd09"),
      previous: period(previousSpec(spec), "nd09"),
      next: period(nextSpec(spec), "nd09"),
    });
    expect(reportTerminal(negative, { tty: false })).toContain("[--------------------] -20/4 tin/bài");
  });
  it("csv: one row per item and measure, BOM, quoted where needed", () => {
    const csv = reportCsv(data);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe('tin,"Đăng tin, bài",tin/bài,4,1,1,0,1,1500000,Đang thực hiện');
  });
  it("markdown: the window, figures with Vietnamese separators", () => {
    const md = reportMarkdown(data);
    expect(md).toContain("Số liệu tính từ ngày 15/12/2021 đến ngày 14/3/2022");
    expect(md).toContain("Trong kỳ: 1.500.000 đồng");
  });
  it("markdown: names the plan as render writes its number, zero-padded below 10 (II.3)", () => {
    // render prints "Số: 05/KH-X" for plan 5, so the report's data file must say 05 too.
    const five = reportMarkdown({ ...data, plan: { ...data.plan, number: 5 } });
    expect(five).toContain("Kế hoạch số 05/KH-X: T.");
  });
});
