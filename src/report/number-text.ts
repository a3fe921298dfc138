// Numbers as a Vietnamese report prints them: "." between thousands, "," before decimals,
// at most two decimals (a quantity of 2,5 buổi), never an exponent ("1e+21") and never a
// binary-fraction tail ("2.3000000000000003"). Quantities are summed as decimal numbers rounded
// to QUANTITY_DECIMALS, so 0,1 + 0,2 is 0,3 in every output (Báo cáo, JSON, CSV); money is whole
// đồng (the log schema takes integers only) and stays exact while below 2^53 đồng, which
// report/total-too-large guards.

/** Decimals kept in a sum of quantities: far below what a clerk types (2,5), above float noise. */
export const QUANTITY_DECIMALS = 6;
const SCALE = 10 ** QUANTITY_DECIMALS;

/** a + b for quantities, rounded so that float noise never shows. */
export function addQuantity(a: number, b: number): number {
  return Math.round((a + b) * SCALE) / SCALE;
}

export { formatNumberVi } from "../util/vn-number.js";
