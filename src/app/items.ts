// `cai-cach items`: every plan id a clerk can log work against, with its number in the plan
// (II.1.a), its title, units, targets and progress in the year so far. Unit staff never read
// the YAML: this is where they find the ids `log add --item` asks for.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { Project } from "../project/project.js";
import { planIndex } from "../logs/plan-index.js";
import type { ItemRow } from "../report/formats/items-list.js";
import { prepareReport } from "./report.js";

export interface ItemsRun {
  year?: number;
  rows: ItemRow[];
  diagnostics: Diagnostic[];
}

export async function listItems(project: Project, year?: string): Promise<ItemsRun> {
  // The year's figures are the annual report's (same plans, logs, rules); its notes do not matter here.
  const run = await prepareReport({ project, annual: true, year });
  const diagnostics = run.diagnostics.filter((d) => d.code !== "report/notes-missing" && d.code !== "report/no-logs");
  if (!run.value || hasErrors(diagnostics)) return { rows: [], diagnostics };
  const { plan, data } = run.value;
  const tracked = new Map(data.items.map((i) => [i.id, i]));
  const unitNames = new Map((plan.units ?? []).map((u) => [u.id, u.abbreviation ?? u.id]));
  const rows = [...planIndex(plan).nodes.values()]
    .sort((a, b) => a.order - b.order)
    .map((n): ItemRow => {
      const r = tracked.get(n.id);
      return {
        id: n.id,
        number: n.number,
        title: n.label,
        units: n.units.map((u) => unitNames.get(u) ?? u),
        targets: (r?.targets ?? []).map((t) => ({ measure: t.measure, target: t.target, done: t.done })),
        deadline: n.targets?.deadline,
        entries: r?.yearToDate.entries ?? 0,
      };
    });
  return { year: plan.year, rows, diagnostics };
}
