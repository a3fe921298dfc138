// diffPlan(before, after): the semantic changes between two versions of a plan, in reading
// order — header fields first, then the body from top to bottom. Pure: no I/O.

import type { Plan } from "../model/plan.js";
import type { PlanChange } from "./changes.js";
import { diffHeader } from "./diff-header.js";
import { diffBody } from "./diff-body.js";
import { planTree } from "./plan-tree.js";

export type { PlanChange } from "./changes.js";

export function diffPlan(before: Plan, after: Plan): PlanChange[] {
  return [...diffHeader(before, after), ...diffBody(planTree(before), planTree(after))];
}
