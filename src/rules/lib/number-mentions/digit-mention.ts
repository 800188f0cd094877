// Reads a number written with digits ("800.000", "3,1 millones", "26th", "10:30 pm", "68, 78") and its readings.
import type { NumberMention } from "./mention";
import { isAsciiDigits, militaryTime, parseDigits } from "./parse-digits";
import type { MentionScan } from "./scan";
import { scaleAt, type Token } from "./tokenize";
import { distinct, round } from "./values";
import { perPair, type PairScope } from "../../../lang/pair";
import { byLanguage } from "../../../lang/registry";
import { escapeRegExp } from "../../../lang/inflect";
import type { Lang } from "../../../types";

// regex-safe: anchored; each repetition must start with a separator the digit class cannot match
const NUMERIC = /^(\p{N}+(?:[.,: \u00a0\u202f]\p{N}+)*)([\p{L}ºª°]*)$/u;
const PM_AFTER = /^\s*(?:p\.\s?m\.?|pm\b)/i;
/** A capitalised word and a space before two digits: an event's short year ("Olympische Spiele 92", "WM 82"). */
// regex-safe: one letter run anchored at the end of a 12-character slice
const NAME_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{L}*\s$/u;
const SHORT_YEAR_BEFORE = /(?:['’]|\bdel\s|\ba[ñn]o\s|\ba[ñn]os\s|\d{4}\s*(?:y|a|al|-|–|\/|and|to)\s*)$/i;
// regex-safe: alternations of unit words from rules/<code>/number-words.json after a bounded prefix
/** Unit words after a number, of either language of a pair (a text may quote the other). */
const UNITS_AFTER = perPair((languages) => {
  /** The pair's regex fragments of one kind joined as alternatives. */
  const either = (kind: "imperialUnits" | "metricUnits" | "compoundNouns" | "temperatureUnits" | "halfAfter") =>
    languages.flatMap((l) => l.numberWords[kind] ?? []).join("|") || "(?!)";
  // A vulgar fraction may stand between the number and its unit ("18 ½ miles").
  const lead = "^[\\s-]*(?:[½¼¾⅓⅔]\\s*)?";
  return {
    /** Imperial units: a number next to them is a conversion of a metric source number, not a copy of it. */
    // (A unit ends where letters end: "m" is no unit in "5 médicos"; \b alone would see one before the "é".)
    imperial: new RegExp(`${lead}(?:${either("imperialUnits")})(?!\\p{L})`, "iu"),
    /** Metric units: a number next to them may have been converted to imperial units in the translation. */
    metric: new RegExp(`${lead}(?:${either("metricUnits")})(?!\\p{L})`, "iu"),
    /** Temperature words that do not say the scale: the figure may be Fahrenheit on one side, Celsius on the other. */
    temperature: new RegExp(`^\\s*(?:${either("temperatureUnits")})(?!\\p{L})`, "iu"),
    /** One half added after a number and its scale ("3 millones y medio", "7 millions et demi"). */
    halfAfter: new RegExp(`^\\s+(?:${either("halfAfter")})(?!\\p{L})`, "iu"),
    /** Compound adjectives ("12-month", "50-year-old") that often render a Spanish word without a number. */
    compound: new RegExp(`^-(?:${either("compoundNouns")})s?\\b`, "i"),
  };
});
/** The kind of unit the text after a number starts with, and whether that makes the number soft (a conversion, "12-month"). */
export function unitAfter(after: string, scope: PairScope): { unit: "imperial" | "metric" | undefined; soft: boolean } {
  const units = UNITS_AFTER(scope);
  const unit = units.imperial.test(after) ? "imperial" : units.metric.test(after) ? "metric" : undefined;
  return { unit, soft: unit === "imperial" || units.compound.test(after) };
}

/** Whether the text after a number starts with a temperature word that does not say the scale ("degrees", "Grad"). */
export function temperatureAfter(after: string, scope: PairScope): boolean {
  return UNITS_AFTER(scope).temperature.test(after);
}

/**
 * After a 24-hour time of four digits: the language's hour word ("hours", "horas"), maybe past the end of a range
 * ("from 1000 to 2030 hours"), from rules/<code>/clock-times.json.
 */
const HOURS_AFTER: Record<Lang, RegExp> = byLanguage((l) => {
  const alt = (words: string[]) => words.map(escapeRegExp).join("|");
  const { before, hours } = l.clockTimes;
  // regex-safe: alternations of fixed words; one optional range of fixed length
  return new RegExp(`^\\s*(?:(?:-|–|${alt(before)})\\s*\\d{4}\\s*)?(?:${alt(hours)})(?!\\p{L})`, "iu");
});
/** Four digits of a valid 24-hour time. */
const HHMM = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/** Whether four digits ending at `end` are a 24-hour time before an hour word ("1000 to 2030 hours"). */
function isHoursClock(text: string, digits: string, end: number, lang: Lang): boolean {
  return HHMM.test(digits) && HOURS_AFTER[lang].test(text.slice(end, end + 24));
}

/** Two number tokens that write one decimal with a stray space or a prime ("68, 78", "20''53"). */
const SPLIT_DECIMAL = /^(?:,\s|''|'|’’|″)$/;
/** A grouping separator followed by a stray space ("80, 000", "140. 000"). */
const SPLIT_GROUPING = /^[.,] $/;

/** A letter (for the character before a number: "G20" is a code). */
const LETTER = /\p{L}/u;
/**
 * A number character. (Patterns with Unicode properties are module constants: some transpilers, tsx among them,
 * rewrite such a literal into a RegExp constructor call, which inside a function would run on every evaluation.)
 */
const NUMBER_CHAR = /\p{N}/u;

/** A digit token split as [whole, digits, suffix] ("26th": "26", "th"), or null when it is no number. */
export function numericParts(t: Token): readonly string[] | null {
  // (A token of ASCII digits alone matches NUMERIC as itself with no suffix: no pattern needed.)
  return isAsciiDigits(t.text) ? [t.text, t.text, ""] : NUMERIC.exec(t.text);
}

/**
 * True when the digits at `start` belong to a code ("G20", "COVID-19", "1.2.3"), not a number. A year after a
 * lower-case prefix and a hyphen ("mid-1990s", "pre-2008") is a year; the round-the-clock "24/7" is no number.
 */
function isCode(text: string, start: number, digits: string): boolean {
  const before = text[start - 1] ?? "";
  const before2 = text[start - 2] ?? "";
  if (ROUND_THE_CLOCK.test(text.slice(Math.max(0, start - 4), start + digits.length + 2))) return true;
  if (BY_CODE.test(text.slice(start, start + 6))) return true;
  if (before === "-" && YEAR.test(digits) && LOWER_PREFIX.test(text.slice(Math.max(0, start - 8), start - 1))) return false;
  return LETTER.test(before) || (/[-/]/.test(before) && LETTER.test(before2)) || (/[.,]/.test(before) && NUMBER_CHAR.test(before2));
}

/** "24/7" (or "24x7") around the digits being read: "round the clock", no quantity. */
// regex-safe: fixed characters and one class, no repetition (safe-regex misreads the lookbehind)
const ROUND_THE_CLOCK = /(?<!\d)24[/x]7(?!\d)/;
/** A designation written as a number by a number ("4x4", "6×6": a vehicle class, a format), no quantity. */
// regex-safe: bounded digit runs and one class, anchored
const BY_CODE = /^\d{1,2}[x×]\d{1,2}(?!\d)/;
/** Four digits of a year from 1000 to 2099. */
const YEAR = /^(?:1\d|20)\d\d$/;
/** A lower-case word of three letters or more right before a hyphen (a prefix: "mid", "pre", "finales"). */
const LOWER_PREFIX = /(?:^|[^\p{L}])\p{Ll}{3,}$/u;

/** The word right before offset `at` (lower case), or "". */
function wordBefore(text: string, at: number): string {
  // regex-safe: one letter run and the spaces after it, anchored at the end of a 20-character slice
  return /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1].toLowerCase() ?? "";
}

/**
 * Reads the digit token at `i` (split by `numericParts`) with the scale words after it, adds its mention (or a
 * dotted date's parts) to the scan's output, and returns the index of the next token to read.
 */
export function digitMention(scan: MentionScan, i: number, numeric: readonly string[]): number {
  const { text, tokens, w, lang, out } = scan;
  const t = tokens[i];
  const code = isCode(text, t.start, numeric[1]);
  const parsed = code ? null : parseDigits(numeric[1], lang);
  i++;
  if (!parsed) {
    // A dotted or slashed date ("28.8.09"): its parts may absorb a day, month or year of the other side.
    if (!code && /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(numeric[1])) dateParts(t, numeric[1], out);
    // An event's short year joined to its name ("JO-92", "Mondial-82") may absorb the other side's year (1992).
    else if (code && SHORT_YEAR_CODE.test(text.slice(Math.max(0, t.start - 12), t.end))) shortYear(t, Number(numeric[1]), out);
    return i;
  }
  const suffix = numeric[2].toLowerCase();
  let scale = 1;
  let last = t;
  const suffixScale = suffix ? w.scales.get(suffix) : undefined;
  if (suffixScale) scale = suffixScale;
  const numEnd = t.start + numeric[1].length;
  for (let s = scaleAt(text, tokens, w, i, last); s; s = scaleAt(text, tokens, w, i, last)) {
    scale *= s;
    last = tokens[i];
    i++;
  }
  const decade = w.decadeSuffixes.has(suffix) || (!suffix && w.decadeBefore.size > 0 && w.decadeBefore.has(wordBefore(text, t.start)));
  const half = scale > 1 && UNITS_AFTER(scan.scope).halfAfter.test(text.slice(last.end, last.end + 14));
  const values = readings(text, t, last, numeric[1], suffix, decade, half, parsed.values.slice(), parsed.value, scale);
  if (scale === 1 && !suffix && isHoursClock(text, numeric[1], last.end, lang)) values.push(...militaryTime(numeric[1]).values);
  const after = suffix && !w.scales.has(suffix) ? numeric[2] : text.slice(last.end, last.end + 24);
  const { unit, soft } = unitAfter(after, scan.scope);
  out.push({
    start: t.start,
    end: last.end,
    numStart: t.start,
    numEnd,
    values: distinct(values),
    value: round(parsed.value * scale),
    base: parsed.value,
    scale,
    decimals: parsed.decimals,
    digits: true,
    soft,
    unit,
  });
  if (scale === 1) splitDecimal(scan, t, tokens[i], numeric[1]);
  return i;
}

/**
 * "68, 78" may be one decimal written with a stray space, "80, 000" one number whose grouping separator is
 * followed by a stray space: offers 68.78 or 80000 as a soft reading of the pair.
 */
function splitDecimal(scan: MentionScan, t: Token, next: Token | undefined, digits: string): void {
  const { text, out } = scan;
  if (!next || !/^\d+$/.test(digits)) return;
  const gap = text.slice(t.end, next.start);
  const decimal = /^\d{1,2}$/.test(next.text) && SPLIT_DECIMAL.test(gap);
  const grouping = /^\d{3}$/.test(next.text) && digits.length <= 3 && SPLIT_GROUPING.test(gap);
  if (decimal || grouping) {
    const v = Number(decimal ? `${digits}.${next.text}` : `${digits}${next.text}`);
    out.push({
      start: t.start,
      end: next.end,
      numStart: t.start,
      numEnd: next.end,
      values: [v],
      value: v,
      base: v,
      scale: 1,
      decimals: decimal ? next.text.length : 0,
      digits: true,
      soft: true,
      parts: 2,
    });
  }
}

/** A capitalised word, a hyphen and two digits, at the end of the text read ("JO-92", "Mondial-82"). */
// regex-safe: one letter run, a hyphen and two digits, anchored at the end of a bounded slice
const SHORT_YEAR_CODE = /(?:^|[^\p{L}])\p{Lu}\p{L}*-\d\d$/u;

/** Adds a short year joined to a name as a soft mention that means only the full year (1992 or 2092 for "92"). */
function shortYear(t: Token, v: number, out: NumberMention[]): void {
  out.push({ ...softMention(t, v), values: [1900 + v, 2000 + v] });
}

/** A soft mention of one value over a token (a reading that may absorb the other side's number, never flagged). */
function softMention(t: Token, v: number): NumberMention {
  return {
    start: t.start,
    end: t.end,
    numStart: t.start,
    numEnd: t.end,
    values: [v],
    value: v,
    base: v,
    scale: 1,
    decimals: 0,
    digits: true,
    soft: true,
  };
}

/** Adds the day, month and year of a dotted or slashed date as soft mentions. */
function dateParts(t: Token, digits: string, out: NumberMention[]): void {
  for (const g of digits.split(/[./]/)) {
    const v = Number(g);
    const vs = g.length === 2 && v >= 0 ? [v, 2000 + v, 1900 + v] : [v];
    out.push({ ...softMention(t, v), values: vs });
  }
}

/**
 * Every value a digit mention can mean, in order (repeats left in): the parsed values, a decade ("90s"), "and a
 * half" after a scale, the values times the scale, a two-digit year, and the 24-hour reading of a p.m. time.
 */
function readings(
  text: string,
  t: Token,
  last: Token,
  digits: string,
  suffix: string,
  decade: boolean,
  half: boolean,
  parsedValues: number[],
  value: number,
  scale: number,
): number[] {
  let values = parsedValues;
  if (decade && /^\d{2,4}$/.test(digits)) {
    const v = Number(digits);
    if (v < 100) values.push(1900 + v);
    else if (v >= 1900 && v < 2100 && v % 10 === 0) values.push(v % 100);
  }
  if (half) {
    values.push(round((value + 0.5) * scale));
  }
  if (scale !== 1) values = values.concat(values.map((v) => round(v * scale)));
  const before = text.slice(Math.max(0, t.start - 12), t.start);
  if (/^\d{2}$/.test(digits) && (SHORT_YEAR_BEFORE.test(before) || NAME_BEFORE.test(before))) {
    values.push(1900 + value, 2000 + value);
  }
  if ((suffix === "pm" || PM_AFTER.test(text.slice(last.end, last.end + 8))) && value < 12) {
    values.push(round(value + 12));
  }
  return values;
}
