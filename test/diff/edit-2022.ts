// A reviewer's edit of the 2022 plan, applied to the current plans/plan-2022.yaml text so the
// tests follow that file: each replacement must apply exactly once, or the test says which not.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const PLAN_2022 = join(import.meta.dirname, "..", "..", "plans", "plan-2022.yaml");

export const EDITS: [string, string][] = [
  ["number: 175\n", "number: 176\n"],
  ["date: 2022-01-27\n", "date: 2022-02-15\n"],
  ["  name: Lê Kim Bằng\n", "  name: Nguyễn Văn An\n"],
  ["  - Trung tâm VH-ĐA\n", "  - Trung tâm VH-ĐA\n  - Sở Nội vụ\n"],
  ["deadline: 2022-09-30", "deadline: 2022-10-31"],
  ["budget: 15000000", "budget: 25000000"],
  ["quantities: [{ value: 48, measure: tin/bài }]", "quantities: [{ value: 60, measure: tin/bài }]"],
  // reworded item with an id
  [
    "Tăng cường kiểm tra công tác thông tin tuyên truyền cải cách hành chính của đạt hiệu quả",
    "Tăng cường kiểm tra, giám sát công tác thông tin tuyên truyền cải cách hành chính đạt hiệu quả",
  ],
  // reworded untitled string item (matched by position and similarity)
  ["đảm bảo phù hợp với thực tế công tác phòng, chống dịch bệnh Covid-19.", "đảm bảo phù hợp với tình hình thực tế của địa phương."],
  // an untitled string item removed
  [/\n *- Nghị định số 115\/2020\/NĐ-CP[^\n]*/.source, ""],
  // a new form of communication, with an id, unit and target
  [
    "          - id: ht-trao-doi\n",
    "          - id: ht-podcast\n            text: Sản xuất chương trình phát thanh trực tuyến (podcast) về cải cách hành chính.\n            units: [ttvhda]\n            targets:\n              quantities: [{ value: 4, measure: chương trình }]\n          - id: ht-trao-doi\n",
  ],
  // the unit responsible for a duty changes
  ["            units: [ttvhda]\n", "            units: [tchc]\n"],
];

export function edited2022(): { before: string; after: string } {
  const before = readFileSync(PLAN_2022, "utf8");
  let after = before;
  for (const [from, to] of EDITS) {
    const re = from.startsWith("\\n") ? new RegExp(from, "g") : undefined;
    const count = re ? (after.match(re) ?? []).length : after.split(from).length - 1;
    if (count < 1) throw new Error(`edit does not apply to plans/plan-2022.yaml: ${from}`);
    after = re ? after.replace(re, to) : after.replace(from, to);
  }
  return { before, after };
}
