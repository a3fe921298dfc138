// The project config: cai-cach.config.yaml at the repository root (found from cwd upward).
// Optional; every field has a default. Report settings (issue "report"), rule severities
// (issue "CI") and the agency's names (used by `init`) live here.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

import type { RuleSeverity } from "../diagnostics/diagnostic.js";

export type { RuleSeverity };

export interface ProjectConfig {
  /** Folder holding the config file (the repository root), or cwd when there is none. */
  root: string;
  /** Path of the config file when one was found. */
  file?: string;
  report: {
    /** "nd09": data cut-off 15th → 14th (Nghị định 09/2019, Điều 12); "calendar": calendar periods. */
    window: "nd09" | "calendar";
    /** Day of the period's last month by which the report is due (581/BNV-CCHC: the 20th). */
    deadlineDay: number;
    /** Kính gửi lines of the Báo cáo. */
    addressees: string[];
    /** Recipients of the Báo cáo after "- Như trên;". */
    recipients: string[];
  };
  /** Inputs larger than this are not read (load/file-too-large). */
  limits: { fileSizeMB: number };
  /** Severity per diagnostic code, e.g. { "rule/number-padding": "warning" }. */
  rules: Record<string, RuleSeverity>;
}

export const CONFIG_FILE = "cai-cach.config.yaml";

export function defaultConfig(root: string): ProjectConfig {
  return {
    root,
    report: { window: "nd09", deadlineDay: 20, addressees: [], recipients: [] },
    limits: { fileSizeMB: 256 },
    // Keyed by rule names the user typed: no prototype, so "constructor" is just an unknown name.
    rules: Object.create(null) as Record<string, RuleSeverity>,
  };
}

/** Finds the config file from `cwd` upward; stops at a folder holding .git. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = cwd;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, ".git"))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
