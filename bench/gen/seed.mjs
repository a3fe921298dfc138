// The seed plan as data: every generator starts from plans/plan-2022.yaml, so synthetic inputs
// have the shape, the wording and the ids a real plan has.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const SEED_PLAN = `${REPO}plans/plan-2022.yaml`;

export function loadSeedPlan() {
  return parse(readFileSync(SEED_PLAN, "utf8"));
}

/** Every sentence of the seed's body, in order: the text pool for synthetic plans and logs. */
export function seedSentences(plan) {
  const out = [];
  const walk = (node) => {
    if (typeof node === "string") out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const key of ["text", "items", "sections"]) if (node[key] !== undefined) walk(node[key]);
    }
  };
  walk(plan.body);
  return out.filter((s) => s.length > 40);
}

/**
 * Plan ids that work can be reported against, with the measure of their first quantity target
 * (so generated log entries count toward the plan's targets) and the units named on them.
 */
export function reportableIds(plan) {
  const out = [];
  const walk = (node, inherited) => {
    if (!node || typeof node !== "object") return;
    const units = node.unit ? [node.unit] : (node.units ?? inherited);
    // Leaves only (items, and sections without sub-sections): where a clerk logs work.
    if (node.id && !node.sections) out.push({ id: node.id, measure: node.targets?.quantities?.[0]?.measure, units });
    for (const item of node.items ?? []) if (typeof item === "object") walk(item, units);
    for (const section of node.sections ?? []) walk(section, units);
  };
  for (const section of plan.body) walk(section, undefined);
  return out.filter((e) => e.id);
}

/** Deterministic pseudo-random numbers (mulberry32): same inputs on every run and machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
