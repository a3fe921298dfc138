// A large valid plan made from the seed: section II ("Nội dung, hình thức…") repeated with fresh
// ids, so the rendered document runs to many pages while every rule still passes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";

type Node = Record<string, unknown>;

function renameIds(value: unknown, suffix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => renameIds(v, suffix));
  if (value === null || typeof value !== "object") return value;
  const out: Node = {};
  for (const [k, v] of Object.entries(value as Node))
    out[k] = k === "id" && typeof v === "string" ? `${v}-${suffix}` : renameIds(v, suffix);
  return out;
}

export function largePlanText(copies: number, title?: string): string {
  const plan = parse(readFileSync(join(process.cwd(), "plans", "plan-2022.yaml"), "utf8")) as Node & { body: Node[] };
  const model = plan.body.find((s) => s.id === "noi-dung-hinh-thuc")!;
  const extra = Array.from({ length: copies }, (_, i) => renameIds(model, `lan-${i + 1}`) as Node);
  plan.body.splice(plan.body.indexOf(model) + 1, 0, ...extra);
  if (title) plan.title = title;
  return stringify(plan, { lineWidth: 0 });
}
