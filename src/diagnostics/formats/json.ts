// Machine-readable output: every diagnostic with its position, plus counts.
import type { Formatter } from "./types.js";
import { sortDiagnostics } from "./types.js";
import { jsonEscaped } from "../../util/terminal-text.js";

export const json: Formatter = (diagnostics, ctx) => {
  const sorted = sortDiagnostics(diagnostics);
  const errors = sorted.filter((d) => d.severity === "error").length;
  return `${jsonEscaped(
    JSON.stringify(
      {
        summary: { plans: ctx.counts.plans, logs: ctx.counts.logs, errors, warnings: sorted.length - errors },
        diagnostics: sorted,
      },
      null,
      2,
    ),
  )}\n`;
};
