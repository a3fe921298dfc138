// Numbers as Vietnamese documents write them: "." between thousands, "," before decimals.
// Plain digits at any size (never "1e+21"), at most `decimals` decimals, no trailing zeros.

/** "1.234.567,5": grouped, comma decimals, at most `decimals` of them. */
export function formatNumberVi(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const negative = n < 0;
  const fixed = Math.abs(n).toFixed(decimals); // plain digits below 1e21
  const [whole, part = ""] = fixed.includes("e") ? [BigInt(Math.round(Math.abs(n))).toString(), ""] : fixed.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const dec = part.replace(/0+$/u, "");
  const text = dec ? `${grouped},${dec}` : grouped;
  return negative && text !== "0" ? `-${text}` : text;
}
