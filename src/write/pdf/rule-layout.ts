// A rule (Phụ lục I, ô 1, 2, 5a): a solid line of the composed length, centred in its
// container, drawn a small gap (spec) under the line above it.

import { tables } from "../../layout/nd30.js";
import type { Rule } from "../../compose/tree.js";
import type { LineOp } from "./ops.js";

export interface LaidRule {
  height: number;
  op: LineOp;
}

export function layoutRule(rule: Rule, containerWidth: number): LaidRule {
  const thickness = tables.ruleThicknessPt;
  const width = Math.min(rule.widthPt, containerWidth);
  const x1 = (containerWidth - width) / 2;
  const y = tables.ruleGapPt + thickness / 2;
  return { height: tables.ruleGapPt + thickness, op: { kind: "line", x1, y1: y, x2: x1 + width, y2: y, widthPt: thickness } };
}
