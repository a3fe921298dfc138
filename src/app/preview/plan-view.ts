// The plan as the preview shows it: loaded, checked and composed as `render` does
// (composePlanFile), then drawn by the HTML writer. A fresh Project each time, so a saved
// config or template applies at once.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { hasErrors } from "../../diagnostics/diagnostic.js";
import { FontMissingError } from "../../layout/fonts.js";
import { fontMissing } from "../../layout/font-missing.js";
import { openProject } from "../../project/project.js";
import { htmlPages } from "../../write/html/write-html.js";
import { composePlanFile } from "../render.js";

export interface PlanView {
  /** The pages' markup; absent while the plan has errors (the preview keeps the last good one). */
  pages?: string;
  diagnostics: Diagnostic[];
}

export async function renderPlanView(file: string, cwd: string): Promise<PlanView> {
  const project = openProject(cwd);
  try {
    const composed = await composePlanFile(file, project);
    if (!composed.value || hasErrors(composed.diagnostics)) return { diagnostics: composed.diagnostics };
    return { pages: htmlPages(composed.value), diagnostics: composed.diagnostics };
  } catch (err) {
    if (err instanceof FontMissingError) return { diagnostics: [fontMissing(err)] };
    throw err;
  }
}
