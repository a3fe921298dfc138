// Next year's plan as a draft (Phụ lục I: a draft carries "DỰ THẢO" and is numbered only when it
// is issued): on top of shiftPlanYear's moves, the number of the old plan is removed (the new one
// comes from next year's register) and `draft: {}` is set after the trích yếu, each with a comment
// saying what to do when the plan is issued. Edited with the yaml library's Document API, so the
// clerk's comments and layout stay.
import { isMap, isScalar, parseDocument, Scalar, YAMLMap } from "yaml";
import { shiftPlanYear, type ShiftResult } from "./shift-plan-year.js";

export function draftNextYear(text: string, from: number, to: number, sourceName: string, command: string): ShiftResult {
  const shifted = shiftPlanYear(text, from, to, sourceName, command);
  const doc = parseDocument(shifted.text);
  const map = doc.contents as unknown;
  if (!isMap(map)) return shifted;
  doc.delete("number");
  if (!doc.has("draft")) {
    const key = new Scalar("draft");
    key.commentBefore = ` Dự thảo năm ${to}: khi ban hành, xóa dòng "draft" và điền số văn bản (number) lấy trong sổ đăng ký.`;
    const draft = new YAMLMap();
    draft.flow = true;
    const at = map.items.findIndex((p) => isScalar(p.key) && p.key.value === "title");
    (map.items as unknown[]).splice(at < 0 ? map.items.length : at + 1, 0, doc.createPair(key, draft));
  }
  return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), notes: shifted.notes };
}
