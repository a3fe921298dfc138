// How often a target recurs, as a clerk writes it (the plan's `frequency`).
import type { Frequency } from "./plan.js";

export const FREQUENCY_NAMES: Record<Frequency, string> = {
  once: "một lần",
  monthly: "hằng tháng",
  quarterly: "hằng quý",
  "half-yearly": "6 tháng một lần",
  yearly: "hằng năm",
  continuous: "thường xuyên",
  "ad-hoc": "đột xuất",
};
