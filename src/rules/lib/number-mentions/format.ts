// Writes a number in a language's conventions (suggestions and messages).
import type { Lang } from "../../../types";

/** Formats a value in the conventions of `lang` (thousands grouping from 10,000 in Spanish and 1,000 in English). */
export function formatNumber(value: number, lang: Lang, decimals = 0, groupFrom = lang === "es" ? 10000 : 1000): string {
  const [intPart, frac] = value.toFixed(decimals).split(".");
  const group = lang === "es" ? "." : ",";
  const dec = lang === "es" ? "," : ".";
  // regex-safe: fixed three-digit groups on a short digit string (a number formatted for output)
  const grouped = Math.abs(value) >= groupFrom ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group) : intPart;
  return frac ? `${grouped}${dec}${frac}` : grouped;
}
