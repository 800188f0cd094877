// Whether two mentions can denote the same quantity.
import type { NumberMention } from "./mention";
import { round } from "./values";

/** True when two mentions can denote the same quantity (any candidate equal, or equal after rounding to the coarser precision). */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  for (const x of a.values) {
    for (const y of b.values) {
      if (x === y) return true;
      const d = Math.min(a.decimals, b.decimals);
      if (d >= 1 && a.decimals !== b.decimals && round(Number(x.toFixed(d))) === round(Number(y.toFixed(d)))) return true;
      // A decimal rounded to a whole number ("8,3" -> "8") is a common, harmless simplification.
      if (d === 0 && a.decimals !== b.decimals && a.digits && b.digits && Math.round(x) === Math.round(y) && Math.abs(x - y) < 0.5)
        return true;
      if (x >= 1e6 && y >= 1e6 && Math.abs(x - y) / Math.max(x, y) < 0.01) return true;
    }
  }
  return false;
}
