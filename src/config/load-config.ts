// Loads cai-cach.config.yaml into a ProjectConfig, defaults filled, problems as diagnostics.
import { createRequire } from "node:module";
import { BAIL, plainYaml } from "../load/plain-yaml.js";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { defaultConfig, findConfigFile, readConfigText, type ProjectConfig, type RuleSeverity } from "./config.js";
import { dirname } from "node:path";

const SEVERITIES: RuleSeverity[] = ["error", "warning", "off"];
const require = createRequire(import.meta.url);

/** The plain reader first: `check` reads the config on every run, and importing the full YAML
 * parser costs more than the rest of `check` (src/load/plain-yaml.ts). */
function parseConfig(text: string): unknown {
  const plain = plainYaml(text);
  if (plain !== BAIL) return plain;
  const { parse } = require("yaml") as typeof import("yaml");
  return parse(text, { uniqueKeys: true });
}

export function loadConfig(cwd: string): Result<ProjectConfig> {
  const file = findConfigFile(cwd);
  if (!file) return { value: defaultConfig(cwd), diagnostics: [] };
  const config = { ...defaultConfig(dirname(file)), file };
  const diagnostics: Diagnostic[] = [];
  const problem = (pointer: string, message: string, hint: string): void => {
    diagnostics.push({ code: "config/invalid", severity: "error", message, hint, file, pointer });
  };
  let raw: unknown;
  try {
    raw = parseConfig(readConfigText(file).normalize("NFC")) ?? {};
  } catch (err) {
    problem("", `Tệp cấu hình không đọc được: ${(err as Error).message.split("\n")[0]}`, "Sửa cú pháp YAML của tệp cấu hình.");
    return { value: config, diagnostics };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    problem("", "Tệp cấu hình phải là một bảng khóa: giá trị.", "Xem mẫu cai-cach.config.yaml trong README.");
    return { value: config, diagnostics };
  }
  const r = raw as Record<string, any>;
  if (r.report !== undefined) {
    const rep = r.report ?? {};
    if (rep.window !== undefined) {
      if (rep.window === "nd09" || rep.window === "calendar") config.report.window = rep.window;
      else
        problem(
          "/report/window",
          `Cách tính kỳ "${rep.window}" không hợp lệ.`,
          'Dùng "nd09" (chốt số liệu 15 → 14, Nghị định 09/2019) hoặc "calendar" (theo lịch).',
        );
    }
    if (rep.deadlineDay !== undefined) {
      if (Number.isInteger(rep.deadlineDay) && rep.deadlineDay >= 1 && rep.deadlineDay <= 31) config.report.deadlineDay = rep.deadlineDay;
      else problem("/report/deadlineDay", "Hạn gửi báo cáo phải là một ngày từ 1 đến 31.", "Ví dụ: deadlineDay: 20");
    }
    for (const key of ["addressees", "recipients"] as const) {
      if (rep[key] === undefined) continue;
      if (Array.isArray(rep[key]) && rep[key].every((x: unknown) => typeof x === "string")) config.report[key] = rep[key];
      else problem(`/report/${key}`, `"${key}" phải là danh sách các dòng chữ.`, `Ví dụ:\n${key}:\n  - Sở Nội vụ`);
    }
  }
  if (r.rules !== undefined) {
    for (const [code, sev] of Object.entries(r.rules ?? {})) {
      if (SEVERITIES.includes(sev as RuleSeverity)) config.rules[code] = sev as RuleSeverity;
      else problem(`/rules/${code}`, `Mức "${String(sev)}" của quy tắc ${code} không hợp lệ.`, "Dùng error, warning hoặc off.");
    }
  }
  return { value: config, diagnostics };
}
