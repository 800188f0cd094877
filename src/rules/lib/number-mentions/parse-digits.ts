// The candidate values of a digit string under either language's separators ("800.000", "3,1", "10:30").
import type { Lang } from "../../../types";
import { languageOf } from "../../../lang/registry";

/** True when `s` is one or more ASCII digits and nothing else. */
export function isAsciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Four digits with a leading zero ("0430", "0500") are no quantity anyone writes: a 24-hour clock time without its
 * colon, which may also be written "04:30" or "4.30". Its values are the number and the clock time (as parseDigits
 * gives "04:30": 4.3, and 16.3 on a 12-hour clock).
 */
export function militaryTime(raw: string): { values: number[]; value: number; decimals: number } {
  const h = Number(raw.slice(0, 2));
  const mm = raw.slice(2);
  if (Number(mm) >= 60) return { values: [Number(raw)], value: Number(raw), decimals: 0 };
  return { values: [Number(raw), Number(`${h}.${mm}`), Number(`${h + 12}.${mm}`)], value: Number(raw), decimals: 0 };
}

/** Candidate values of a digit string such as "800.000", "3,1", "1,234.5", "10:30", "800 000". */
export function parseDigits(raw: string, lang: Lang): { values: number[]; value: number; decimals: number } | null {
  // The commonest case, plain ASCII digits ("2009", "15"), is the last line below reached without a pattern.
  if (isAsciiDigits(raw))
    return raw.length === 4 && raw[0] === "0" ? militaryTime(raw) : { values: [Number(raw)], value: Number(raw), decimals: 0 };
  const s = raw.replace(/[ \u00a0\u202f]/g, "");
  if (s.includes(":")) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(s);
    if (!m) return null;
    const v = Number(`${m[1]}.${m[2]}`);
    // The same clock time on a 12- and a 24-hour clock: 11:45 and 23:45.
    const h = Number(m[1]);
    const other = h <= 12 ? Number(`${h + 12}.${m[2]}`) : Number(`${h - 12}.${m[2]}`);
    return { values: [v, other], value: v, decimals: 2 };
  }
  // regex-safe: anchored; each repetition starts with a separator the digit class cannot match
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const groups = s.split(/[.,]/);
  const seps = s.replace(/\d/g, "");
  if (seps.length === 0) return { values: [Number(s)], value: Number(s), decimals: 0 };
  const rest = groups.slice(1);
  if (seps.length === 1) {
    const [a, b] = groups;
    const dec = Number(`${a}.${b}`);
    if (b.length !== 3) return { values: [dec], value: dec, decimals: b.length };
    const thou = Number(a + b);
    const own = seps === languageOf(lang).numberFormat.group ? thou : dec;
    return { values: [thou, dec], value: own, decimals: own === dec ? 3 : 0 };
  }
  const same = new Set(seps).size === 1;
  if (same) {
    if (!rest.every((g) => g.length === 3) || groups[0].length > 3) return null;
    return { values: [Number(groups.join(""))], value: Number(groups.join("")), decimals: 0 };
  }
  const last = seps[seps.length - 1];
  const head = seps.slice(0, -1);
  if (new Set(head).size !== 1 || head[0] === last) return null;
  if (!rest.slice(0, -1).every((g) => g.length === 3) || groups[0].length > 3) return null;
  const intPart = groups.slice(0, -1).join("");
  const frac = groups[groups.length - 1];
  const v = Number(`${intPart}.${frac}`);
  return { values: [v], value: v, decimals: frac.length };
}
