// Vietnamese words for statuses and measures, shared by every output of the report.
import type { Status, Tally } from "../report-model.js";
import { fmt } from "../compile.js";

export const STATUS_TEXT: Record<Status, string> = {
  done: "Đã hoàn thành",
  "in-progress": "Đang thực hiện",
  "not-started": "Chưa thực hiện",
  overdue: "Quá hạn",
};

/** "12 tin/bài, 3 video" — or "không có" */
export function quantitiesText(t: Tally): string {
  const parts = Object.entries(t.quantities)
    .sort(([a], [b]) => a.localeCompare(b, "vi"))
    .map(([m, v]) => `${fmt(v)} ${m}`);
  return parts.length ? parts.join(", ") : "không có số lượng";
}

export const money = (vnd: number): string => `${fmt(vnd)} đồng`;
