// The list of commands. Each entry registers its options and a lazy action.
import type { Command } from "commander";
import type { CommandContext } from "../io.js";
import { registerCheck } from "./check.js";
import { registerRender } from "./render.js";
import { registerReport } from "./report.js";
import { registerLog } from "./log.js";
import { registerDiff } from "./diff.js";
import { registerInit } from "./init.js";
import { registerImport } from "./import.js";
import { registerNewYear } from "./new-year.js";
import { registerPreview } from "./preview.js";
import { registerItems } from "./items.js";
import { registerStatus } from "./status.js";
import { registerAudit } from "./audit.js";

export function registerCommands(program: Command, ctx: CommandContext): void {
  for (const register of [
    registerCheck,
    registerRender,
    registerReport,
    registerLog,
    registerItems,
    registerStatus,
    registerDiff,
    registerInit,
    registerImport,
    registerAudit,
    registerNewYear,
    registerPreview,
  ]) {
    register(program, ctx);
  }
}
