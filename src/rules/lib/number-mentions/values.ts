// Small value helpers shared by the mention readers and the comparison.

/** `v` to 12 significant digits; integers below 10^12 are already exact (toPrecision is slow), -0 becomes 0 as there. */
export const round = (v: number) => (Number.isInteger(v) && Math.abs(v) < 1e12 ? v + 0 : Number(v.toPrecision(12)));

/** The values without repeats, in order of first occurrence (as `[...new Set(values)]`, without the Set). */
export function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of values) if (!out.includes(v)) out.push(v);
  return out;
}
