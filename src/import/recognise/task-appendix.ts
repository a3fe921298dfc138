// The generated task appendix (src/compose/task-appendix.ts: STT · Nhiệm vụ · Đơn vị chủ trì ·
// Đơn vị phối hợp · Thời gian hoàn thành · Sản phẩm) read back into what generated it: the
// tracked items (an id, their units, their targets) and the plan's units. When a row names a task
// the body does not hold, the table stays an ordinary appendix.
import { FREQUENCY_NAMES } from "../../model/frequency-names.js";
import type { Appendix, Frequency, Item, Plan, Section, Target, Unit } from "../../model/plan.js";
import { slugify } from "../../load/slugify.js";
import { TASK_APPENDIX_TITLE } from "./parts.js";

const COLUMNS = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"];

const FREQUENCY_BY_NAME = new Map(
  (Object.entries(FREQUENCY_NAMES) as [Frequency, string][]).map(([f, name]) => [
    name.charAt(0).toLocaleUpperCase("vi") + name.slice(1),
    f,
  ]),
);

function targetOf(when: string, product: string): Target | undefined {
  const t: Target = {};
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(when);
  if (date) t.deadline = `${date[3]}-${date[2]!.padStart(2, "0")}-${date[1]!.padStart(2, "0")}`;
  else if (FREQUENCY_BY_NAME.has(when)) t.frequency = FREQUENCY_BY_NAME.get(when);
  const quantities = product.split("; ").map((p) => /^(\d+(?:,\d+)?) (\S.*)$/u.exec(p));
  if (product && quantities.every((q) => q))
    t.quantities = quantities.map((q) => ({ value: Number(q![1]!.replace(",", ".")), measure: q![2]! }));
  else if (product) t.product = product;
  return Object.keys(t).length ? t : undefined;
}

type Tracked = { holder: (string | Item)[]; index: number } | { section: Section };

/** Every item and section of the body with the text a task row would show, in plan order. */
function candidates(sections: Section[], out: Map<string, Tracked[]>): void {
  for (const s of sections) {
    const text = s.title ?? (Array.isArray(s.text) ? s.text[0] : s.text);
    if (text) out.set(text, [...(out.get(text) ?? []), { section: s }]);
    const lists = [s.items, ...(s.content ?? []).map((c) => (typeof c === "object" ? c.items : undefined))];
    for (const list of lists)
      list?.forEach((it, index) => {
        const t = typeof it === "string" ? it : it.text;
        out.set(t, [...(out.get(t) ?? []), { holder: list, index }]);
      });
    candidates([...(s.sections ?? []), ...(s.content ?? []).flatMap((c) => (typeof c === "object" ? (c.sections ?? []) : []))], out);
  }
}

/** Reads the task appendix back into the plan; true when it did (the appendix is then removed). */
export function readTaskAppendix(plan: Plan, appendix: Appendix): boolean {
  const table = appendix.table;
  if (!table || table.columns.join("|") !== COLUMNS.join("|") || appendix.sections || appendix.text) return false;
  const found = new Map<string, Tracked[]>();
  candidates(plan.body, found);
  if (!table.rows.every((r) => (found.get(r[1] ?? "")?.length ?? 0) > 0)) return false;
  const units = new Map<string, Unit>();
  const ids = new Set<string>();
  const unique = (base: string): string => {
    let id = base || "nhiem-vu";
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const unitId = (name: string): string => {
    const known = units.get(name);
    if (known) return known.id;
    const unit = { id: unique(slugify(name).slice(0, 30)), name };
    units.set(name, unit);
    return unit.id;
  };
  for (const [, task, lead = "", partners = "", when = "", product = ""] of table.rows) {
    const spot = found.get(task!)!.shift()!;
    const unitIds = [lead, ...partners.split(", ")].filter((u) => u !== "").map(unitId);
    const targets = targetOf(when, product);
    const id = unique(slugify(task!).split("-").slice(0, 6).join("-"));
    if ("section" in spot) {
      Object.assign(spot.section, { id, ...(unitIds.length ? { units: unitIds } : {}), ...(targets ? { targets } : {}) });
    } else {
      const prev = spot.holder[spot.index]!;
      const item: Item = typeof prev === "string" ? { text: prev } : prev;
      spot.holder[spot.index] = { id, ...item, ...(unitIds.length ? { units: unitIds } : {}), ...(targets ? { targets } : {}) };
    }
  }
  plan.units = [...units.values()];
  plan.taskAppendix = appendix.title === TASK_APPENDIX_TITLE ? {} : { title: appendix.title };
  return true;
}
