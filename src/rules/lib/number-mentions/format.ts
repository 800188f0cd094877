// Writes a number in a language's conventions (suggestions and messages).
import type { Lang } from "../../../types";
import { languageOf } from "../../../lang/registry";

/** Formats a value in the conventions of `lang` (CLDR: grouping from 10,000 in Spanish and 1,000 in English). */
export function formatNumber(value: number, lang: Lang, decimals = 0, groupFrom = languageOf(lang).numberFormat.groupFrom): string {
  const [intPart, frac] = value.toFixed(decimals).split(".");
  const { group, decimal: dec } = languageOf(lang).numberFormat;
  // regex-safe: fixed three-digit groups on a short digit string (a number formatted for output)
  const grouped = Math.abs(value) >= groupFrom ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group) : intPart;
  return frac ? `${grouped}${dec}${frac}` : grouped;
}
