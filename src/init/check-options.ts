// The names init writes into the config and the plan are single lines of text: the agency's
// name, its abbreviation, the parent agency, the place. A line break or another control
// character in one (`--agency $'Sở A\nsigner: x'`) is a mistake or an attempt to add lines of
// its own, so init refuses it, naming the option and the character, before writing anything.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasLineBreakOrControl, visibleLine } from "../util/terminal-text.js";

export interface NameOptions {
  agency?: string;
  abbreviation?: string;
  parent?: string;
  parentAbbreviation?: string;
  place?: string;
}

const FLAGS: [keyof NameOptions, string, string][] = [
  ["agency", "--agency", "tên cơ quan"],
  ["abbreviation", "--abbreviation", "chữ viết tắt"],
  ["parent", "--parent", "tên cơ quan chủ quản"],
  ["parentAbbreviation", "--parent-abbreviation", "chữ viết tắt của cơ quan chủ quản"],
  ["place", "--place", "địa danh"],
];

export function checkNameOptions(opts: NameOptions): Diagnostic[] {
  return FLAGS.flatMap(([key, flag, what]): Diagnostic[] => {
    const value = opts[key];
    if (value === undefined || !hasLineBreakOrControl(value)) return [];
    return [
      {
        code: "init/bad-option",
        severity: "error",
        message: `Giá trị của ${flag} ("${visibleLine(value)}") có ký tự xuống dòng hoặc ký tự điều khiển; ${what} phải nằm trên một dòng. Chưa ghi tệp nào.`,
        hint: `Gõ lại ${flag} trong dấu ngoặc kép, trên một dòng, ví dụ ${flag} "Sở Nội vụ".`,
      },
    ];
  });
}
